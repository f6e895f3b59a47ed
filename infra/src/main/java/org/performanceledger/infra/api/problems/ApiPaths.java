package org.performanceledger.infra.api.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whether a request was meant for the API (and so is answered with problem documents) or for the web pages (and so
 * with error pages). The same prefixes as the API's security chain (SecurityConfiguration's securityMatcher): keep
 * the two in step. The test is lenient on purpose: it is asked about addresses the ledger refuses as malformed
 * ({@code //api}, {@code /api;x=1/...}, {@code /%61pi/...}), which a client of the API still expects a problem
 * document for.
 */
public final class ApiPaths {

    private static final List<String> PREFIXES = List.of("/api", "/actuator", "/v3/api-docs", "/swagger-ui");

    private ApiPaths() {
    }

    /** For a request, or for the error dispatch of one: the address the client asked for. */
    public static boolean isApi(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original instanceof String path ? path : request.getRequestURI();
        String context = request.getContextPath() == null ? "" : request.getContextPath();
        return isApi(uri != null && uri.startsWith(context) ? uri.substring(context.length()) : uri);
    }

    /** True for a path under one of the API's prefixes, once decoded, without path parameters and single-slashed. */
    public static boolean isApi(String rawPath) {
        if (rawPath == null || rawPath.isBlank()) {
            return true;
        }
        String path = normalised(rawPath);
        return PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/")
                || path.startsWith(prefix + "."));
    }

    private static String normalised(String rawPath) {
        String path = rawPath;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        path = decoded(path).replace('\\', '/');
        StringBuilder segments = new StringBuilder();
        for (String segment : path.split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            if (!name.isEmpty()) {
                segments.append('/').append(name);
            }
        }
        return segments.isEmpty() ? "/" : segments.toString();
    }

    /** Percent-decoded once; an escape that is not one is kept as written. */
    private static String decoded(String path) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        byte[] raw = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                bytes.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit(b, 16);
    }
}
