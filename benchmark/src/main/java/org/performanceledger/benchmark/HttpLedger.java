package org.performanceledger.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/** Requests to a running ledger over HTTP, as a script or a browser would send them, timed by the caller. */
final class HttpLedger {

    /** One answer: its status, its body and how long it took from sending to the last byte. */
    record Answer(int status, String body, long nanos) {

        Answer expect(int expected, String what) {
            if (status != expected && !(expected == 200 && status / 100 == 2)) {
                throw new IllegalStateException(what + " answered " + status + ": "
                        + body.substring(0, Math.min(400, body.length())));
            }
            return this;
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String root;
    private final String authorization;

    HttpLedger(int port, String user, String password) {
        this.root = "http://127.0.0.1:" + port;
        this.authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** The body of a 200 answer, or empty while the ledger does not answer yet. */
    Optional<String> tryGet(String path) {
        try {
            HttpResponse<String> response = client.send(request(path).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException notYet) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static String encode(String pathSegment) {
        return pathSegment.replace(" ", "%20");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofMinutes(2));
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Answer send(HttpRequest.Builder request) {
        long started = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - started);
        } catch (IOException e) {
            throw new IllegalStateException("The ledger did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
