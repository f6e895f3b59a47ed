package org.performanceledger.benchmark;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.OrganisationRegistered;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The baseline a view is measured against: the same documents its projection writes for each batch of events,
 * read with one {@code $in} and written with one bulk write per collection, by hand, without Axon, without reading
 * or deserialising events and without folding them (the documents are the view's finished ones). What a projection
 * costs beyond this is its own work.
 */
final class RawBulkWrites {

    private record Touched(String collection, String id) {
    }

    private final MongoDatabase database;
    private final String view;
    private final Map<String, Map<String, Document>> finished = new HashMap<>();
    private final Map<String, Set<Touched>> byEventId = new HashMap<>();

    /** Learns which of the view's documents hold each event (by the event ids inside them). */
    RawBulkWrites(MongoDatabase database, String view, List<String> collections, String suffix) {
        this.database = database;
        this.view = view;
        for (String collection : collections) {
            Map<String, Document> documents = new HashMap<>();
            database.getCollection(collection + suffix).find().forEach(document -> {
                String id = document.getString("_id");
                documents.put(id, document);
                collectEventIds(document, eventId -> byEventId.computeIfAbsent(eventId, e -> new LinkedHashSet<>())
                        .add(new Touched(collection, id)));
            });
            finished.put(collection, documents);
        }
    }

    /** Writes, batch by batch, the documents each batch of {@code events} touches; returns events per second. */
    double run(List<EventMessage<?>> events, int batchSize) {
        // Only those there: the embedded server logs an error for a drop of any other.
        List<String> existing = database.listCollectionNames().into(new ArrayList<>());
        finished.keySet().stream().filter(collection -> existing.contains("baseline_" + collection))
                .forEach(collection -> database.getCollection("baseline_" + collection).drop());
        long started = System.nanoTime();
        for (int from = 0; from < events.size(); from += batchSize) {
            Map<String, Set<String>> touched = new HashMap<>();
            for (EventMessage<?> event : events.subList(from, Math.min(events.size(), from + batchSize))) {
                touchedBy(event).forEach(document -> touched.computeIfAbsent(document.collection(),
                        c -> new LinkedHashSet<>()).add(document.id()));
            }
            touched.forEach(this::readAndWrite);
        }
        return events.size() / ((System.nanoTime() - started) / 1e9);
    }

    private void readAndWrite(String collection, Set<String> ids) {
        MongoCollection<Document> baseline = database.getCollection("baseline_" + collection);
        baseline.find(Filters.in("_id", ids)).into(new ArrayList<>());
        List<ReplaceOneModel<Document>> writes = ids.stream().map(id -> finished.get(collection).get(id))
                .filter(java.util.Objects::nonNull)
                .map(document -> new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                        new ReplaceOptions().upsert(true))).toList();
        if (!writes.isEmpty()) {
            baseline.bulkWrite(writes);
        }
    }

    private Set<Touched> touchedBy(EventMessage<?> event) {
        Set<Touched> touched = new LinkedHashSet<>(byEventId.getOrDefault(event.getIdentifier(), Set.of()));
        Object payload = event.getPayload();
        switch (view) {
            case "indicator-register" -> {
                if (payload instanceof IndicatorRegistered e) {
                    touched.add(new Touched("indicator_register", e.organisationId() + ":" + e.code()));
                }
            }
            case "organisation-directory" -> {
                if (payload instanceof OrganisationRegistered e) {
                    touched.add(new Touched("organisation_directory", e.organisationId()));
                }
            }
            case "indicator-history" -> {
                if (payload instanceof IndicatorRegistered e) {
                    touched.add(new Touched("organisation_indicator_codes", e.organisationId()));
                }
            }
            case "audit-trail" -> new ArrayList<>(touched).forEach(page -> touched.add(new Touched(page.collection(),
                    page.id().substring(0, page.id().lastIndexOf('|')))));
            default -> throw new IllegalArgumentException(view);
        }
        return touched;
    }

    private static void collectEventIds(Object value, java.util.function.Consumer<String> eventIds) {
        if (value instanceof Document document) {
            document.forEach((key, inner) -> {
                if (key.equals("eventId") && inner instanceof String id) {
                    eventIds.accept(id);
                } else {
                    collectEventIds(inner, eventIds);
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(inner -> collectEventIds(inner, eventIds));
        }
    }
}
