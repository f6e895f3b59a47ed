package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every error of the API is a problem document with a code, whoever answers it: Spring Security (sign-in, its
 * firewall), Spring MVC (no such address, method, media type), the servlet container (headers too large, a
 * malformed request line) or the error dispatch. A browser asking for a page still gets a page.
 */
class ApiErrorsTest extends RunningApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void anUnauthenticatedApiRequestIsAProblemDocumentWithABasicChallenge() throws Exception {
        HttpResponse<String> answer = send(request("/api/organisations/southend").GET().build());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
        JsonNode problem = problem(answer, 401, "UNAUTHENTICATED");
        assertThat(problem.get("instance").asText()).isEqualTo("/api/organisations/southend");
    }

    @Test
    void aWrongPasswordIsAProblemDocumentAlsoWithAnUploadThatCannotBeRead() throws Exception {
        HttpResponse<String> plain = send(request("/api/organisations/southend").GET()
                .header("Authorization", basic("performance", "wrong")).build());
        problem(plain, 401, "UNAUTHENTICATED");

        // Once answered 500: the error dispatch read the multipart body the refused request sent, and failed.
        HttpResponse<String> upload = send(request("/api/organisations/southend/imports")
                .header("Authorization", basic("performance", "wrong"))
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("not multipart at all")).build());
        problem(upload, 401, "UNAUTHENTICATED");
    }

    @Test
    void anAddressTheFirewallRefusesIsAProblemDocument() throws Exception {
        for (String path : new String[]{"/api/organisations/%2e%2e/indicators", "/api/organisations/%25",
                "/api/organisations;x=1/southend", "//api/organisations", "/api/organisations/a%2Fb"}) {
            HttpResponse<String> answer = send(request(path).GET()
                    .header("Authorization", basic("auditor", "demo")).build());

            assertThat(problem(answer, 400, "BAD_REQUEST").get("detail").asText()).as(path)
                    .contains("Percent-encode each path segment once");
        }
    }

    @Test
    void headersTooLargeAreAProblemDocumentNotTheContainersPage() throws Exception {
        HttpResponse<String> answer = send(request("/api/organisations/southend")
                .header("Authorization", basic("auditor", "demo"))
                .header("X-Padding", "x".repeat(10_000)).GET().build());

        problem(answer, 400, "BAD_REQUEST");
        assertThat(answer.body()).doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void aRequestLineTheContainerCannotReadIsAProblemDocument() throws IOException {
        String answer = rawExchange("GET /api/organisations/\u0001x HTTP/1.1\r\nHost: localhost\r\n"
                + "Connection: close\r\n\r\n");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json")
                .contains("\"code\":\"BAD_REQUEST\"").doesNotContain("<html");
    }

    @Test
    void aMethodTheAddressDoesNotTakeIsAProblemDocumentAndTheAllowHeaderSaysWhichItTakes() throws Exception {
        HttpResponse<String> answer = send(request("/api/organisations/southend")
                .header("Authorization", basic("auditor", "demo")).DELETE().build());

        problem(answer, 405, "METHOD_NOT_ALLOWED");
        assertThat(answer.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void anAnswerInAMediaTypeTheOperationCannotProduceIsNotAcceptable() throws Exception {
        HttpResponse<String> answer = send(request("/api/admin/projections")
                .header("Authorization", basic("auditor", "demo")).header("Accept", "image/png").GET().build());

        problem(answer, 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aBodyInAMediaTypeTheOperationDoesNotTakeIsUnsupported() throws Exception {
        HttpResponse<String> answer = send(request("/api/organisations")
                .header("Authorization", basic("admin", "demo")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("id=essex")).build());

        problem(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anUploadOfMoreThanTwentyMegabytesIsPayloadTooLarge() throws Exception {
        String boundary = "too-large";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        java.util.Arrays.fill(body, head.length, body.length - tail.length, (byte) 'a');
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

        HttpResponse<String> answer = send(request("/api/organisations/southend/imports?dryRun=true")
                .header("Authorization", basic("performance", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

        assertThat(problem(answer, 413, "PAYLOAD_TOO_LARGE").get("detail").asText()).contains("20 MB");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamedLikeAFieldOfABody() throws Exception {
        HttpResponse<String> answer = send(request("/api/audit/users/officer?page=first")
                .header("Authorization", basic("auditor", "demo")).GET().build());

        JsonNode error = problem(answer, 400, "INVALID_REQUEST").get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("page");
        assertThat(error.get("rule").asText()).isEqualTo("Type");
        assertThat(error.get("message").asText()).isEqualTo("must be a number");
    }

    @Test
    void anAddressUnderTheApiThatHoldsNothingIsNotFound() throws Exception {
        HttpResponse<String> answer = send(request("/api/no-such-resource")
                .header("Authorization", basic("auditor", "demo")).header("Accept", BROWSER).GET().build());

        assertThat(problem(answer, 404, "NOT_FOUND").get("detail").asText()).doesNotContain("static resource");
    }

    @Test
    void aTemplateOfAKindThereIsNotIsNotFound() throws Exception {
        HttpResponse<String> answer = send(request("/api/imports/templates/budgets.csv")
                .header("Authorization", basic("auditor", "demo")).GET().build());

        assertThat(problem(answer, 404, "TEMPLATE_NOT_FOUND").get("field").asText()).isEqualTo("kind");
    }

    @Test
    void theErrorDispatchAskedForDirectlyIsNotFoundAndShowsNoInsides() throws Exception {
        HttpResponse<String> answer = send(request("/error").header("Accept", "application/json").GET().build());

        problem(answer, 404, "NOT_FOUND");
        assertThat(answer.body()).doesNotContain("timestamp").doesNotContain("trace");
    }

    @Test
    void aBrowserAskingForAPageTheFirewallRefusesStillGetsAPage() throws Exception {
        HttpResponse<String> answer = send(request("/sign-in;x=1").header("Accept", BROWSER).GET().build());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(answer.body()).contains("There is a problem with that request");
    }

    private JsonNode problem(HttpResponse<String> answer, int status, String code) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asText()).isEqualTo(code);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("java.");
        return problem;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path));
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** What the container answers to bytes no HTTP client library would send. */
    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
