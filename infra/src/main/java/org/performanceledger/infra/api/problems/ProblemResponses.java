package org.performanceledger.infra.api.problems;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a problem document (RFC 9457) straight to a servlet response, for the answers given outside Spring MVC's
 * exception handling: before a request reaches a controller (sign-in, the firewall, the servlet container) and on
 * the error dispatch. Its fields are those of the documents ProblemDetailsAdvice writes: {@code type},
 * {@code title}, {@code status}, {@code detail}, {@code instance} and {@code code}. The detail is always the
 * ledger's own words, never an exception's message, so no class name or stack trace reaches a client.
 */
public final class ProblemResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemResponses() {
    }

    /** The document for {@code code}, with its status, for the address the client asked for. */
    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemCode code,
                             String detail) throws IOException {
        write(request, response, code.status(), code, detail);
    }

    /** As {@link #write(HttpServletRequest, HttpServletResponse, ProblemCode, String)} with another status. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, ProblemCode code,
                             String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = JSON.writeValueAsBytes(document(status, code, detail, instance(request)));
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** The document's fields, in the order every problem document of the API has them. */
    public static Map<String, Object> document(int status, ProblemCode code, String detail, String instance) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("type", "about:blank");
        document.put("title", code.title());
        document.put("status", status);
        document.put("detail", detail);
        if (instance != null) {
            document.put("instance", instance);
        }
        document.put("code", code.name());
        return document;
    }

    /** The JSON of {@link #document}, for writers that are not servlet responses (the container's error valve). */
    public static byte[] json(int status, ProblemCode code, String detail, String instance) throws IOException {
        return JSON.writeValueAsBytes(document(status, code, detail, instance));
    }

    /** The path the client asked for (on an error dispatch, the original one). */
    private static String instance(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return original instanceof String path ? path : request.getRequestURI();
    }

    /** The detail of each code when nothing more specific is known. */
    public static String detailOf(ProblemCode code) {
        return switch (code) {
            case BAD_REQUEST -> "The request could not be read: its address, request line or headers are malformed "
                    + "or too large. Percent-encode each path segment once, and keep headers under 8 KB.";
            case INVALID_REQUEST -> "The request is not written as the ledger reads it.";
            case UNAUTHENTICATED -> "Sign in first: send a user name and password with HTTP Basic. None were sent, "
                    + "or they were not accepted.";
            case FORBIDDEN -> "The signed-in user may not do this.";
            case NOT_FOUND -> "Nothing is at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take this method; the Allow header lists those it "
                    + "takes.";
            case NOT_ACCEPTABLE -> "The answer cannot be given in any media type the Accept header asks for.";
            case PAYLOAD_TOO_LARGE -> "The request's body is larger than the ledger takes: at most 20 MB a file and "
                    + "50 MB in all.";
            case UNSUPPORTED_MEDIA_TYPE -> "This address does not take a body of this media type.";
            case UNSUPPORTED_CHARSET -> "The body must be UTF-8.";
            case INTERNAL_ERROR -> "The ledger failed to answer this request. Quote its X-Correlation-Id when you "
                    + "report it.";
            case SERVICE_UNAVAILABLE -> "The ledger cannot answer yet; try again later.";
        };
    }
}
