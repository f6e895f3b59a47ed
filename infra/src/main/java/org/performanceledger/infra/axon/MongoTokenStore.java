package org.performanceledger.infra.axon;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.UnableToInitializeTokenException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * Tracking tokens in MongoDB, one document per processor segment with {@code _id = processor#segment}, so each
 * claim is a single-document update on the primary key.
 * <p>
 * A claim uses {@code findOneAndUpdate} returning the document as it was BEFORE the update: the embedded server
 * can return another writer's state for AFTER under concurrency, and the token itself is not changed by a claim,
 * so BEFORE gives exactly what is needed. Axon's MongoDB extension claims with AFTER; see docs/adr/0002.
 */
final class MongoTokenStore implements TokenStore {

    static final String COLLECTION = "tracking_tokens";
    private static final String CONFIG_ID = "__config";

    private final MongoCollection<Document> tokens;
    private final Serializer serializer;
    private final Clock clock;
    private final String nodeId;
    private final Duration claimTimeout;

    MongoTokenStore(MongoCollection<Document> tokens, Serializer serializer, Clock clock, String nodeId,
                    Duration claimTimeout) {
        this.tokens = tokens;
        this.serializer = serializer;
        this.clock = clock;
        this.nodeId = nodeId;
        this.claimTimeout = claimTimeout;
    }

    /**
     * The same tokens, claimed in the name of {@code role} on this node: a claim this node's processors do not take
     * for their own (they may take back any claim in their own name, so one in this node's name would not keep them
     * off a view another part of this node is building).
     */
    public MongoTokenStore claimingAs(String role) {
        return new MongoTokenStore(tokens, serializer, clock, nodeId + " (" + role + ")", claimTimeout);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount) {
        initializeTokenSegments(processorName, segmentCount, null);
    }

    @Override
    public void initializeTokenSegments(String processorName, int segmentCount, TrackingToken initialToken) {
        if (fetchSegments(processorName).length > 0) {
            throw new UnableToClaimTokenException(
                    "Unable to initialize segments of '" + processorName + "': tokens are already present");
        }
        List<Document> entries = IntStream.range(0, segmentCount)
                .mapToObj(segment -> entry(processorName, segment, initialToken, null))
                .toList();
        try {
            tokens.insertMany(entries, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            throw new UnableToClaimTokenException(
                    "Unable to initialize segments of '" + processorName + "': another node did so concurrently");
        }
    }

    @Override
    public void initializeSegment(TrackingToken token, String processorName, int segment) {
        try {
            tokens.insertOne(entry(processorName, segment, token, null));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY) {
                throw new UnableToInitializeTokenException(
                        "Unable to initialize segment " + segment + " of '" + processorName + "': it exists");
            }
            throw e;
        }
    }

    @Override
    public void storeToken(TrackingToken token, String processorName, int segment) {
        SerializedObject<byte[]> serialized = token == null ? null : serializer.serialize(token, byte[].class);
        long matched = tokens.updateOne(claimable(processorName, segment), combine(
                set("owner", nodeId),
                set("timestamp", clock.millis()),
                set("token", serialized == null ? null : new Binary(serialized.getData())),
                set("tokenType", serialized == null ? null : serialized.getType().getName()),
                set("tokenRevision", serialized == null ? null : serialized.getType().getRevision())
        )).getMatchedCount();
        if (matched == 0) {
            throw new UnableToClaimTokenException(describeUnclaimable(processorName, segment));
        }
    }

    @Override
    public TrackingToken fetchToken(String processorName, int segment) {
        Document before = tokens.findOneAndUpdate(claimable(processorName, segment),
                combine(set("owner", nodeId), set("timestamp", clock.millis())),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
        if (before == null) {
            throw new UnableToClaimTokenException(describeUnclaimable(processorName, segment));
        }
        return deserialize(before);
    }

    @Override
    public void extendClaim(String processorName, int segment) {
        long matched = tokens.updateOne(and(eq("_id", id(processorName, segment)), eq("owner", nodeId)),
                set("timestamp", clock.millis())).getMatchedCount();
        if (matched == 0) {
            throw new UnableToClaimTokenException(describeUnclaimable(processorName, segment));
        }
    }

    @Override
    public void releaseClaim(String processorName, int segment) {
        tokens.updateOne(and(eq("_id", id(processorName, segment)), eq("owner", nodeId)), set("owner", null));
    }

    @Override
    public void deleteToken(String processorName, int segment) {
        long deleted = tokens.deleteOne(and(eq("_id", id(processorName, segment)), eq("owner", nodeId)))
                .getDeletedCount();
        if (deleted == 0) {
            throw new UnableToClaimTokenException(describeUnclaimable(processorName, segment));
        }
    }

    /**
     * Forgets where a processor stands, whoever claimed it: it starts from the first event when it next starts.
     * Only for a processor that is not running (a view being rebuilt in place before the processors start).
     */
    void forget(String processorName) {
        tokens.deleteMany(eq("processorName", processorName));
    }

    @Override
    public boolean requiresExplicitSegmentInitialization() {
        return true;
    }

    @Override
    public int[] fetchSegments(String processorName) {
        return entriesOf(processorName).stream().mapToInt(entry -> entry.getInteger("segment")).sorted().toArray();
    }

    @Override
    public List<Segment> fetchAvailableSegments(String processorName) {
        List<Document> entries = entriesOf(processorName);
        int[] all = entries.stream().mapToInt(entry -> entry.getInteger("segment")).sorted().toArray();
        long expiredBefore = clock.millis() - claimTimeout.toMillis();
        List<Segment> available = new ArrayList<>();
        for (Document entry : entries) {
            String owner = entry.getString("owner");
            if (owner == null || owner.equals(nodeId) || entry.getLong("timestamp") < expiredBefore) {
                available.add(Segment.computeSegment(entry.getInteger("segment"), all));
            }
        }
        return available;
    }

    @Override
    public Optional<String> retrieveStorageIdentifier() {
        tokens.updateOne(eq("_id", CONFIG_ID), setOnInsert("storageIdentifier", UUID.randomUUID().toString()),
                new UpdateOptions().upsert(true));
        return Optional.ofNullable(tokens.find(eq("_id", CONFIG_ID)).first())
                .map(config -> config.getString("storageIdentifier"));
    }

    /**
     * How far another node has built a processor's view: the lowest position stored for its segments when every one
     * of them is claimed by another node whose claim is still live; empty otherwise (no segments yet, or one
     * unclaimed, expired or this node's). Read without claiming anything. A node that holds none of a view's
     * segments sees through this how far the node that does has got.
     */
    OptionalLong positionBuiltElsewhere(String processorName) {
        List<Document> entries = entriesOf(processorName);
        if (entries.isEmpty()) {
            return OptionalLong.empty();
        }
        long liveSince = clock.millis() - claimTimeout.toMillis();
        long lowest = Long.MAX_VALUE;
        for (Document entry : entries) {
            String owner = entry.getString("owner");
            if (owner == null || owner.equals(nodeId) || entry.getLong("timestamp") < liveSince) {
                return OptionalLong.empty();
            }
            TrackingToken token = deserialize(entry);
            lowest = Math.min(lowest, token == null ? 0 : token.position().orElse(0));
        }
        return OptionalLong.of(lowest);
    }

    private List<Document> entriesOf(String processorName) {
        return tokens.find(eq("processorName", processorName)).into(new ArrayList<>());
    }

    private Bson claimable(String processorName, int segment) {
        return and(eq("_id", id(processorName, segment)),
                or(eq("owner", nodeId), eq("owner", null),
                        lt("timestamp", clock.millis() - claimTimeout.toMillis())));
    }

    private String describeUnclaimable(String processorName, int segment) {
        Document entry = tokens.find(eq("_id", id(processorName, segment))).first();
        return entry == null
                ? "Unable to claim token '" + processorName + "[" + segment + "]': it has not been initialized"
                : "Unable to claim token '" + processorName + "[" + segment + "]': it is owned by '"
                        + entry.getString("owner") + "'";
    }

    private Document entry(String processorName, int segment, TrackingToken token, String owner) {
        SerializedObject<byte[]> serialized = token == null ? null : serializer.serialize(token, byte[].class);
        return new Document("_id", id(processorName, segment))
                .append("processorName", processorName)
                .append("segment", segment)
                .append("owner", owner)
                .append("timestamp", clock.millis())
                .append("token", serialized == null ? null : new Binary(serialized.getData()))
                .append("tokenType", serialized == null ? null : serialized.getType().getName())
                .append("tokenRevision", serialized == null ? null : serialized.getType().getRevision());
    }

    private TrackingToken deserialize(Document entry) {
        Binary token = entry.get("token", Binary.class);
        if (token == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(token.getData(), byte[].class,
                entry.getString("tokenType"), entry.getString("tokenRevision")));
    }

    private static String id(String processorName, int segment) {
        return processorName + "#" + segment;
    }
}
