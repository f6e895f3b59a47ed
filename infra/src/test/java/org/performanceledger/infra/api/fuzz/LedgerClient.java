package org.performanceledger.infra.api.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends requests to the running ledger exactly as built: the path is sent as written, already encoded. */
final class LedgerClient {

    /** The password of every test user; WRONG_PASSWORD signs in with another. */
    static final String PASSWORD = "demo";
    static final String WRONG_PASSWORD = "wrong-password";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    LedgerClient(int port) {
        this.base = "http://localhost:" + port;
    }

    /**
     * A request: {@code pathAndQuery} encoded as it is to be sent; {@code user} null for nobody;
     * {@code password} the user's, or another; {@code headers} besides Authorization.
     */
    record Request(String method, String pathAndQuery, String user, String password, Map<String, String> headers,
                   byte[] body) {

        static Request get(String path, String user) {
            return new Request("GET", path, user, PASSWORD, Map.of(), null);
        }

        static Request json(String method, String path, String user, String json) {
            return new Request(method, path, user, PASSWORD, Map.of("Content-Type", "application/json"),
                    json.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String toString() {
            String shown = body == null ? "" : new String(body, StandardCharsets.UTF_8);
            String path = pathAndQuery.length() > 200 ? pathAndQuery.substring(0, 200) + "...(" + pathAndQuery.length()
                    + " characters)" : pathAndQuery;
            Map<String, String> shownHeaders = new LinkedHashMap<>();
            headers.forEach((name, value) -> shownHeaders.put(name, value.length() > 60
                    ? value.substring(0, 60) + "...(" + value.length() + " characters)" : value));
            return method + " " + path + " as " + (user == null ? "nobody" : user
                    + (PASSWORD.equals(password) ? "" : " with a wrong password")) + " " + shownHeaders
                    + (shown.isEmpty() ? "" : " " + (shown.length() > 300 ? shown.substring(0, 300) + "..." : shown));
        }
    }

    HttpResponse<byte[]> send(Request request) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        if (request.user() != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (request.user() + ":" + request.password()).getBytes(StandardCharsets.UTF_8)));
        }
        request.headers().forEach(builder::header);
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException(interrupted);
        }
    }
}
