package org.performanceledger.events;

/**
 * Metadata keys that every command and event carries: who asked for the change, in what role,
 * from which source, and the correlation and idempotency keys that tie it to a request.
 * The ledger stamps the recording time itself (the message timestamp); it is never taken from a caller.
 */
public final class ProvenanceKeys {

    /** The authenticated user's login id. */
    public static final String USER_ID = "userId";
    /** The user's display name at the time of the change. */
    public static final String USER_NAME = "userName";
    /** The role the user acted in: OFFICER, PERFORMANCE, AUDITOR, SCRUTINY. */
    public static final String ROLE = "role";
    /** Where the change came from: {@code api}, {@code web} or {@code import}. */
    public static final String SOURCE = "source";
    /** Ties every message of one request together, and to the log lines it produced. */
    public static final String CORRELATION_ID = "correlationId";
    /** For source {@code import}: the imported file's name. */
    public static final String IMPORT_FILE = "importFile";
    /** For source {@code import}: the SHA-256 of the imported file. */
    public static final String IMPORT_CHECKSUM = "importChecksum";
    /** A key chosen by the client so that a retried request changes nothing twice. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";

    private ProvenanceKeys() {
    }
}
