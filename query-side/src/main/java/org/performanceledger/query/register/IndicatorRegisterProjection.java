package org.performanceledger.query.register;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ProvenanceKeys;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * The indicator register: one document per indicator, keyed by {@code organisationId:code} so every read is an
 * {@code _id} lookup (index-served on MongoDB, and the one lookup the embedded server does not scan for).
 * Writes replace the whole document, so handling an event twice leaves the same state.
 */
@ProcessingGroup(IndicatorRegisterProjection.PROCESSING_GROUP)
public class IndicatorRegisterProjection {

    public static final String PROCESSING_GROUP = "indicator-register";
    static final String COLLECTION = "indicator_register";

    private final MongoCollection<Document> register;

    public IndicatorRegisterProjection(MongoDatabase database) {
        this.register = database.getCollection(COLLECTION);
    }

    @EventHandler
    void on(IndicatorRegistered event, @Timestamp Instant recordedAt,
            @MetaDataValue(ProvenanceKeys.USER_ID) String recordedBy) {
        Document entry = new Document("_id", key(event.organisationId(), event.code()))
                .append("organisationId", event.organisationId())
                .append("code", event.code())
                .append("shortName", event.shortName())
                .append("description", event.description())
                .append("polarity", event.polarity().name())
                .append("registeredAt", Date.from(recordedAt))
                .append("registeredBy", recordedBy);
        register.replaceOne(Filters.eq("_id", entry.get("_id")), entry, new ReplaceOptions().upsert(true));
    }

    @QueryHandler
    Optional<IndicatorView> handle(FindIndicatorQuery query) {
        return Optional.ofNullable(register.find(Filters.eq("_id", key(query.organisationId(), query.code()))).first())
                .map(IndicatorRegisterProjection::toView);
    }

    @ResetHandler
    void reset() {
        register.deleteMany(new Document());
    }

    private static String key(String organisationId, String code) {
        return organisationId + ":" + code;
    }

    private static IndicatorView toView(Document entry) {
        return new IndicatorView(
                entry.getString("organisationId"),
                entry.getString("code"),
                entry.getString("shortName"),
                entry.getString("description"),
                Polarity.valueOf(entry.getString("polarity")),
                entry.getDate("registeredAt").toInstant(),
                entry.getString("registeredBy"));
    }
}
