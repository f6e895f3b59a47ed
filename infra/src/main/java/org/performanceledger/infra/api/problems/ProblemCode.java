package org.performanceledger.infra.api.problems;

import java.util.Arrays;

/**
 * The codes of the API's problem documents that are about HTTP rather than the ledger: the request could not be
 * read, signed in, routed or answered as asked. A refusal of the ledger's own carries its
 * {@link org.performanceledger.events.LedgerErrorCode} instead. Clients match on these codes, never on the text.
 */
public enum ProblemCode {
    /** The request could not be read: a malformed address, request line or header, or headers that are too large. */
    BAD_REQUEST(400, "Bad request"),
    /** The request was read, but a field or parameter is missing, malformed or breaks a rule: see {@code errors}. */
    INVALID_REQUEST(400, "Invalid request"),
    /** No user is signed in: no credentials were sent, or they were not accepted. */
    UNAUTHENTICATED(401, "Sign in required"),
    /** The signed-in user may not do this. */
    FORBIDDEN(403, "Forbidden"),
    /** Nothing is at this address. */
    NOT_FOUND(404, "Not found"),
    /** The address exists, but not for this method: the {@code Allow} header lists those it takes. */
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    /** The answer cannot be given in any media type the {@code Accept} header asks for. */
    NOT_ACCEPTABLE(406, "Not acceptable"),
    /** The body is larger than the ledger takes. */
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    /** The body is in a media type this address does not take. */
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    /** The body is in a charset other than UTF-8. */
    UNSUPPORTED_CHARSET(415, "Unsupported charset"),
    /** The ledger failed to answer; nothing about the request is at fault. The correlation id finds it in the logs. */
    INTERNAL_ERROR(500, "Internal error"),
    /** The ledger cannot answer yet (starting, or a dependency is down); try again later. */
    SERVICE_UNAVAILABLE(503, "Service unavailable");

    private final int status;
    private final String title;

    ProblemCode(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The code of an error status that nothing more is known about: BAD_REQUEST for any other 4xx, and so on. */
    public static ProblemCode forStatus(int status) {
        return Arrays.stream(values())
                .filter(code -> code.status == status && code != INVALID_REQUEST && code != UNSUPPORTED_CHARSET)
                .findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : BAD_REQUEST);
    }
}
