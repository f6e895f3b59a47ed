package org.performanceledger.infra.eventstore;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The canonical form behind the ledger's tamper evidence. An event's hash is SHA-256 over its fields exactly as
 * stored, each written as a 4-byte length and its UTF-8 bytes (so no field can bleed into the next), starting with
 * the hash of the previous event of the same aggregate. The running digest over the global order folds each
 * event's index and hash into the digest before it.
 */
final class EventHashing {

    /** The "previous hash" of an aggregate's first event, and the digest before the first event of the store. */
    static final String GENESIS = "0".repeat(64);

    private EventHashing() {
    }

    static String eventHash(String previousHash, String aggregateId, long sequence, String aggregateType,
                            String eventId, String timestamp, String payloadType, String payloadRevision,
                            String payload, String metaData) {
        MessageDigest sha = sha256();
        field(sha, previousHash);
        field(sha, aggregateId);
        field(sha, Long.toString(sequence));
        field(sha, aggregateType);
        field(sha, eventId);
        field(sha, timestamp);
        field(sha, payloadType);
        field(sha, payloadRevision);
        field(sha, payload);
        field(sha, metaData);
        return HexFormat.of().formatHex(sha.digest());
    }

    static String runningDigest(String previousDigest, long globalIndex, String eventHash) {
        MessageDigest sha = sha256();
        field(sha, previousDigest);
        field(sha, Long.toString(globalIndex));
        field(sha, eventHash);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
