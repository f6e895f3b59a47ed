package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.infra.api.problems.ProblemCode;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI description a client generates code from, or fuzzes with, says what the API does: who may sign in and
 * how, every error answer of every operation as a problem document, which fields a request needs and which may be
 * null, that unknown fields are refused, and the media types answered.
 */
class ApiDescriptionTest extends RunningApi {

    private static final String PROBLEM = "application/problem+json";

    private JsonNode description;

    @BeforeEach
    void theDescription() throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port() + "/v3/api-docs")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        description = new ObjectMapper().readTree(answer.body());
    }

    @Test
    void theDescriptionHasATitleAVersionAndOffersHttpBasic() {
        assertThat(description.at("/info/title").asText()).isEqualTo("Performance Ledger API");
        assertThat(description.at("/info/version").asText()).isNotBlank().isNotEqualTo("v0")
                .doesNotContain("@");
        assertThat(description.at("/info/description").asText()).contains("problem document", "INVALID_REQUEST");
        assertThat(description.at("/components/securitySchemes/basicAuth/type").asText()).isEqualTo("http");
        assertThat(description.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(description.at("/security/0/basicAuth").isArray()).isTrue();
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemDocuments() {
        List<String> operations = new ArrayList<>();
        forEachOperation((name, operation) -> {
            operations.add(name);
            JsonNode responses = operation.get("responses");
            for (String status : List.of("400", "401", "406")) {
                assertThat(problemSchema(responses, status)).as(name + " " + status)
                        .isEqualTo("#/components/schemas/ProblemDocument");
            }
            if (operation.has("requestBody")) {
                assertThat(problemSchema(responses, "415")).as(name + " 415").isNotNull();
            }
            if (!name.startsWith("GET") && operation.has("requestBody")) {
                assertThat(problemSchema(responses, "409")).as(name + " 409").isNotNull();
                assertThat(problemSchema(responses, "422")).as(name + " 422").isNotNull();
            }
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4")) {
                    assertThat(responses.get(status).get("content").fieldNames()).toIterable().as(name + " " + status)
                            .containsExactly(PROBLEM);
                }
            });
        });
        assertThat(operations).hasSizeGreaterThan(25);
        assertThat(problemSchema(description.at("/paths/~1api~1organisations~1{org}~1imports/post/responses"), "422"))
                .isEqualTo("#/components/schemas/ImportRefusal");
        assertThat(problemSchema(description.at("/paths/~1api~1organisations~1{org}~1imports/post/responses"), "413"))
                .isNotNull();
    }

    @Test
    void theProblemDocumentListsEveryCodeAndWhatAClientActsOn() {
        JsonNode problem = description.at("/components/schemas/ProblemDocument");
        Set<String> codes = new TreeSet<>();
        problem.at("/properties/code/enum").forEach(code -> codes.add(code.asText()));

        assertThat(codes).containsAll(Arrays.stream(LedgerErrorCode.values()).map(Enum::name).toList())
                .containsAll(Arrays.stream(ProblemCode.values()).map(Enum::name).toList());
        assertThat(problem.get("properties").fieldNames()).toIterable().contains("type", "title", "status",
                "detail", "instance", "code", "field", "errors", "organisationId", "requiredRoles");
        assertThat(problem.get("required")).extracting(JsonNode::asText)
                .contains("type", "title", "status", "detail", "code");
    }

    @Test
    void theSignedInUserIsNeverAParameterOrABody() {
        forEachOperation((name, operation) -> operation.path("parameters").forEach(parameter ->
                assertThat(parameter.get("name").asText()).as(name).isNotEqualTo("caller")));
        assertThat(description.at("/components/schemas").has("Caller")).isFalse();
        assertThat(description.at("/paths/~1api~1organisations~1{org}~1imports/post/requestBody/content"
                + "/multipart~1form-data/schema/properties/file/items/format").asText()).isEqualTo("binary");
    }

    @Test
    void anIndicatorsRegistrationShowsItsDefinitionFlatRequiresWhatACompleteOneNeedsAndAdmitsNothingElse() {
        JsonNode register = schema("/paths/~1api~1organisations~1{org}~1indicators/post/requestBody/content"
                + "/application~1json/schema");
        List<String> definition = Arrays.stream(IndicatorDefinition.class.getRecordComponents())
                .map(RecordComponent::getName).toList();
        List<String> needed = new ArrayList<>(List.of("code"));
        Arrays.stream(IndicatorDefinition.class.getRecordComponents())
                .filter(ApiDescriptionTest::neededByACompleteDefinition)
                .forEach(component -> needed.add(component.getName()));

        assertThat(register.get("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrderElementsOf(concat(List.of("code"), definition));
        assertThat(register.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(needed);
        assertThat(register.get("additionalProperties").asBoolean(true)).isFalse();

        JsonNode amend = schema("/paths/~1api~1organisations~1{org}~1indicators~1{code}~1amendments/post"
                + "/requestBody/content/application~1json/schema");
        assertThat(amend.get("properties").fieldNames()).toIterable()
                .containsExactlyInAnyOrderElementsOf(concat(definition, List.of("reason")));
        assertThat(amend.get("required")).extracting(JsonNode::asText).containsExactly("reason");
        assertThat(amend.at("/properties/polarity/type")).extracting(JsonNode::asText).contains("null");
        assertThat(amend.get("additionalProperties").asBoolean(true)).isFalse();
    }

    @Test
    void aRequestsOptionalFieldsMayBeNullItsRequiredOnesMayNotAndNoObjectInItAdmitsUnknownFields() {
        JsonNode value = schema("/paths/~1api~1organisations~1{org}~1indicators~1{code}~1values~1{period}/put"
                + "/requestBody/content/application~1json/schema");
        assertThat(value.get("required")).extracting(JsonNode::asText).containsExactly("value");
        assertThat(value.at("/properties/value/$ref").asText()).endsWith("/MeasuredValue");
        assertThat(value.at("/properties/numerator/type")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("number", "null");
        assertThat(schema(value.at("/properties/value")).get("additionalProperties").asBoolean(true)).isFalse();

        JsonNode target = schema("/paths/~1api~1organisations~1{org}~1indicators~1{code}~1targets~1{year}/put"
                + "/requestBody/content/application~1json/schema");
        assertThat(target.get("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("target", "reason", "authority", "effectiveFrom");
        assertThat(target.at("/properties/stretchTarget/oneOf/1/type").asText()).isEqualTo("null");
    }

    @Test
    void csvExportsAreDocumentedAsCsvAndJsonAnswersAsJson() {
        assertThat(description.at("/paths/~1api~1organisations~1{org}~1audit/get/responses/200/content")
                .fieldNames()).toIterable().containsExactlyInAnyOrder("text/csv", "application/json");
        assertThat(description.at("/paths/~1api~1organisations~1{org}~1reports~1mpr~1{period}/get/responses/200"
                + "/content").fieldNames()).toIterable().containsExactlyInAnyOrder("text/csv", "application/json");
        assertThat(description.at("/paths/~1api~1imports~1templates~1{kind}.csv/get/responses/200/content")
                .fieldNames()).toIterable().containsExactly("text/csv");
        assertThat(description.at("/paths/~1api~1organisations~1{org}/get/responses/200/content").fieldNames())
                .toIterable().containsExactly("application/json");
    }

    @Test
    void registrationsAnswer201AndReplays202AsTheApiDoes() {
        assertThat(description.at("/paths/~1api~1organisations/post/responses").has("201")).isTrue();
        assertThat(description.at("/paths/~1api~1organisations/post/responses").has("200")).isFalse();
        assertThat(description.at("/paths/~1api~1organisations~1{org}~1indicators/post/responses").has("201"))
                .isTrue();
        assertThat(description.at("/paths/~1api~1admin~1projections~1replay/post/responses").has("202")).isTrue();
    }

    @Test
    void anIndicatorsYearsAreDescribedWithoutTheViewsBookkeeping() {
        JsonNode year = description.at("/components/schemas/IndicatorYearHistory/properties");
        assertThat(year.has("periods")).isTrue();
        assertThat(year.has("lastChange")).as("as the API answers: without it").isFalse();
    }

    @Test
    void aPublishedReportAndARequestToPublishOneAreTwoSchemas() {
        JsonNode report = description.at("/components/schemas/MonthlyReport/properties/publication/oneOf/0/$ref");
        JsonNode request = description.at("/paths/~1api~1organisations~1{org}~1publications/post/requestBody"
                + "/content/application~1json/schema/$ref");

        assertThat(report.asText()).isEqualTo("#/components/schemas/MonthlyReport.Publication");
        assertThat(request.asText()).isEqualTo("#/components/schemas/Publications.Publication");
    }

    private static boolean neededByACompleteDefinition(RecordComponent component) {
        NotNull notNull = component.getAccessor().getAnnotation(NotNull.class);
        NotBlank notBlank = component.getAccessor().getAnnotation(NotBlank.class);
        Set<Class<?>> groups = new java.util.HashSet<>();
        if (notNull != null) {
            groups.addAll(List.of(notNull.groups()));
        }
        if (notBlank != null) {
            groups.addAll(List.of(notBlank.groups()));
        }
        return groups.contains(IndicatorDefinition.Complete.class) || (notNull != null && notNull.groups().length == 0)
                || (notBlank != null && notBlank.groups().length == 0);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    private JsonNode schema(String pointer) {
        return schema(description.at(pointer));
    }

    private JsonNode schema(JsonNode schemaOrRef) {
        return schemaOrRef.has("$ref")
                ? description.at(schemaOrRef.get("$ref").asText().substring(1)) : schemaOrRef;
    }

    private static String problemSchema(JsonNode responses, String status) {
        JsonNode schema = responses.path(status).path("content").path(PROBLEM).path("schema").path("$ref");
        return schema.isMissingNode() ? null : schema.asText();
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = description.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(operation ->
                    check.accept(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue()));
        }
    }
}
