package org.performanceledger.query.history;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Year documents already read and decoded, kept for the next report that needs them. A report asks for some
 * thousands of year documents; between two reports few of them change (a value recorded changes one). So a report
 * reads its organisation's {@link YearChanges}, one small document counting the year documents changed, and hands out
 * a kept document unless it is named among the changes counted since it was last found current (ADR 28). It reads in
 * full only the documents it does not keep and those changed since.
 * <p>
 * Where the count cannot tell (the document was last found current longer ago than the changes it names, or under
 * another count: the view was cleared and filled again), the kept documents' last changes are read instead, a few
 * bytes each, and each is compared with the id of the event that changed the kept document last
 * ({@link IndicatorYearHistory#lastChange}): all of a kept document's content follows from the events handled for
 * it, and the last of them names it (ADR 22).
 * <p>
 * The documents are shared by every reader and handed out as they are: nothing may change one (sort a list of it in
 * place, say); readers copy what they rearrange.
 * <p>
 * Keyed by collection as well as id: a rebuilt generation of the view lives in other collections. Bounded by an
 * estimate of the heap the documents hold, and held softly, so that the collector takes them back before the heap
 * runs out; Caffeine's frequency-based admission keeps the documents read most (a large organisation's, read by
 * every one of its reports) against a stream of documents read once.
 */
final class KeptYearDocuments {

    /** What the kept documents may hold of the heap, by {@link #approximateBytes}'s estimate: a tenth of it. */
    static final long MOST_BYTES_KEPT = Runtime.getRuntime().maxMemory() / 10;

    private final Cache<String, Kept> kept;
    /** The collection read last: the view's readers read its live generation, so another means a switch. */
    private volatile String lastNamespace;

    private enum Standing { CURRENT, CHANGED, UNKNOWN }

    /**
     * A document as read, and the change number of its organisation's count ({@code epoch}) at which it was last
     * found current: it holds every change counted up to that number. Readers share it; the number only grows.
     */
    private static final class Kept {
        final IndicatorYearHistory year;
        final String epoch;
        volatile long currentAt;

        Kept(IndicatorYearHistory year, YearChanges count) {
            this.year = year;
            this.epoch = count.epoch();
            this.currentAt = count.sequence();
        }

        /**
         * What the count tells of this document: current when it names every change since this was found current
         * and none of them is to it; changed when one is; unknown when it does not name them all.
         */
        Standing standingIn(YearChanges count, Map<String, Long> lastChanges) {
            long at = currentAt;
            if (epoch == null || !epoch.equals(count.epoch()) || !count.namesEveryChangeAfter(at)) {
                return Standing.UNKNOWN;
            }
            return lastChanges.getOrDefault(year.id(), 0L) <= at ? Standing.CURRENT : Standing.CHANGED;
        }

        void foundCurrentAt(long changeNumber) {
            // Two readers may race here: either number is true of this document, so losing one costs nothing.
            if (changeNumber > currentAt) {
                currentAt = changeNumber;
            }
        }
    }

    KeptYearDocuments() {
        this(MOST_BYTES_KEPT);
    }

    KeptYearDocuments(long mostBytes) {
        // Evictions on the thread that puts, not on a pool: the bound holds when the put returns. Soft values: a
        // heap short of room (a rebuild of 50 councils at -Xmx512m, measured) takes the kept documents back
        // before it runs out, where a full heap would close the embedded server's store.
        this.kept = Caffeine.newBuilder().maximumWeight(mostBytes)
                .weigher((String key, Kept entry) -> approximateBytes(entry.year))
                .softValues().executor(Runnable::run).build();
    }

    /**
     * The documents of {@code ids} that exist, by id, as stored now: the kept ones still current, the rest read.
     *
     * @param count the count of changed year documents of the organisation the ids are of, read before this
     *              is called (so that every change it counts is stored by the time the documents are read);
     *              {@link YearChanges#none} when there is none
     */
    Map<String, IndicatorYearHistory> read(MongoCollection<IndicatorYearHistory> collection, YearChanges count,
                                           Collection<String> ids) {
        String namespace = collection.getNamespace().getFullName();
        if (!namespace.equals(lastNamespace)) {
            // A rebuilt generation was switched to: what was kept of the one before would only take room (and,
            // read most until then, be the last Caffeine lets go of).
            if (lastNamespace != null) {
                kept.invalidateAll();
            }
            lastNamespace = namespace;
        }
        Map<String, Long> lastChanges = count.lastChanges();
        Map<String, IndicatorYearHistory> found = new HashMap<>();
        Map<String, IndicatorYearHistory> candidates = new HashMap<>();
        List<String> unread = new ArrayList<>();
        for (String id : ids) {
            Kept entry = kept.getIfPresent(key(namespace, id));
            Standing standing = entry == null ? Standing.CHANGED : entry.standingIn(count, lastChanges);
            if (standing == Standing.CURRENT) {
                found.put(id, entry.year);
                entry.foundCurrentAt(count.sequence());
            } else if (standing == Standing.CHANGED) {
                unread.add(id);
            } else {
                candidates.put(id, entry.year);
            }
        }
        if (!candidates.isEmpty()) {
            // The ids copied: the filter must not change while the answer is read and candidates are taken off.
            collection.withDocumentClass(Document.class).find(Filters.in("_id", List.copyOf(candidates.keySet())))
                    .projection(Projections.include(IndicatorYearHistory.LAST_CHANGE))
                    .forEach(stored -> {
                        String id = stored.getString("_id");
                        IndicatorYearHistory year = candidates.remove(id);
                        if (year != null && Objects.equals(year.lastChange(),
                                stored.getString(IndicatorYearHistory.LAST_CHANGE))) {
                            found.put(id, year);
                            kept.put(key(namespace, id), new Kept(year, count));
                        } else {
                            unread.add(id);
                        }
                    });
            // Kept but no longer stored (the view was cleared to be built again): no such document now.
            candidates.keySet().forEach(id -> kept.invalidate(key(namespace, id)));
        }
        if (!unread.isEmpty()) {
            collection.find(unread.size() == 1 ? Filters.eq("_id", unread.get(0)) : Filters.in("_id", unread))
                    .forEach(year -> {
                        found.put(year.id(), year);
                        if (year.lastChange() != null) {
                            kept.put(key(namespace, year.id()), new Kept(year, count));
                        }
                    });
            unread.stream().filter(id -> !found.containsKey(id)).forEach(id -> kept.invalidate(key(namespace, id)));
        }
        return found;
    }

    /** How many documents are kept now. */
    long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }

    private static String key(String namespace, String id) {
        return namespace + "\u0000" + id;
    }

    /**
     * A rough estimate of the heap a decoded document holds, measured against a heap histogram of the ledger: about
     * 600 bytes for each value version (its recording's event id, moment and names, the value), more for a target
     * with its profile, and the text of commentary and reasons.
     */
    static int approximateBytes(IndicatorYearHistory year) {
        // The entry itself too: its key (collection and id), Caffeine's node and the soft reference.
        long bytes = 600 + 300;
        for (IndicatorYearHistory.TargetVersion target : listOf(year.targets())) {
            bytes += 900 + 160L * listOf(target.profile()).size() + text(target.reason()) + text(target.authority());
        }
        bytes += 500L * listOf(year.outturns()).size();
        if (year.periods() != null) {
            for (IndicatorYearHistory.PeriodHistory period : year.periods().values()) {
                bytes += 200;
                for (IndicatorYearHistory.ValueChange value : listOf(period.values())) {
                    bytes += 600 + text(value.reason());
                }
                for (IndicatorYearHistory.CommentaryVersion draft : listOf(period.commentary())) {
                    bytes += 500 + text(draft.explanation()) + text(draft.actions()) + text(draft.anticipated());
                }
                bytes += 450L * listOf(period.expectedOutcomes()).size();
            }
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    private static long text(String text) {
        return text == null ? 0 : 48 + 2L * text.length();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
