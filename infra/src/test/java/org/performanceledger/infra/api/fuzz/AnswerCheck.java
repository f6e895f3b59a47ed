package org.performanceledger.infra.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.performanceledger.infra.api.fuzz.OpenApiDocument.Operation;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether an answer is one the description documents for its operation; if not, every way it is not. */
final class AnswerCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    /** What a client must never read in an answer: the ledger's insides, down to the names of its Java types. */
    private static final List<String> LEAKS = List.of("Exception", "java.", "org.springframework", "com.fasterxml",
            "org.apache", "\tat ", "org.performanceledger", "BigDecimal", "LocalDate", "Integer", "MeasuredValue",
            "ValueReturn", "PeriodTarget", "ArrayList", "LinkedHashMap");

    private final OpenApiDocument document;
    private final SchemaCheck schemas;

    AnswerCheck(OpenApiDocument document) {
        this.document = document;
        this.schemas = new SchemaCheck(document);
    }

    List<String> problems(Operation operation, HttpResponse<byte[]> answer) {
        List<String> problems = new ArrayList<>();
        int status = answer.statusCode();
        String body = new String(answer.body(), StandardCharsets.UTF_8);
        if (status >= 500) {
            problems.add("a server error: " + abbreviated(body));
            return problems;
        }
        if (!operation.documents(status)) {
            problems.add("status " + status + " is not documented for this operation: " + abbreviated(body));
        }
        String mediaType = mediaType(answer);
        JsonNode content = operation.response(status).path("content");
        if (status >= 400) {
            problems.addAll(problemDocument(status, mediaType, body, content, answer));
        } else if (status != 204 && status < 300) {
            problems.addAll(success(mediaType, body, content));
        }
        return problems;
    }

    private List<String> problemDocument(int status, String mediaType, String body, JsonNode content,
                                         HttpResponse<byte[]> answer) {
        List<String> problems = new ArrayList<>();
        if (!PROBLEM_JSON.equals(mediaType)) {
            problems.add("an error in " + mediaType + ", not a problem document: " + abbreviated(body));
            return problems;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException notJson) {
            problems.add("a problem document that is not JSON: " + abbreviated(body));
            return problems;
        }
        if (!problem.path("code").isTextual()) {
            problems.add("a problem document without a code: " + abbreviated(body));
        }
        if (problem.path("status").asInt() != status) {
            problems.add("a problem document whose status is " + problem.path("status") + ": " + abbreviated(body));
        }
        if (status == 401 && answer.headers().firstValue("WWW-Authenticate").isEmpty()) {
            problems.add("a 401 without a WWW-Authenticate challenge");
        }
        LEAKS.stream().filter(body::contains).findFirst().ifPresent(leak ->
                problems.add("a problem document that shows the ledger's insides ('" + leak + "'): "
                        + abbreviated(body)));
        JsonNode schema = content.path(PROBLEM_JSON).path("schema");
        if (schema.isMissingNode()) {
            problems.add("no problem document is documented for this status");
        } else {
            schemas.problems(problem, schema).forEach(found -> problems.add("the problem document " + found + ": "
                    + abbreviated(body)));
        }
        return problems;
    }

    private List<String> success(String mediaType, String body, JsonNode content) {
        List<String> problems = new ArrayList<>();
        if (content.isMissingNode() || content.isEmpty()) {
            return problems;
        }
        Optional<String> documented = documented(content, mediaType);
        if (documented.isEmpty()) {
            problems.add("an answer in " + mediaType + ", which is not documented: " + abbreviated(body));
            return problems;
        }
        if (mediaType.endsWith("json")) {
            try {
                JsonNode value = JSON.readTree(body);
                schemas.problems(value, content.path(documented.get()).path("schema"))
                        .forEach(found -> problems.add("the answer " + found));
            } catch (IOException notJson) {
                problems.add("an answer in " + mediaType + " that is not JSON: " + abbreviated(body));
            }
        }
        return problems;
    }

    private static Optional<String> documented(JsonNode content, String mediaType) {
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String type = types.next();
            if (type.equalsIgnoreCase(mediaType) || type.equals("*/*")) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String mediaType(HttpResponse<byte[]> answer) {
        return answer.headers().firstValue("Content-Type")
                .map(type -> type.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("(none)");
    }

    private static String abbreviated(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
