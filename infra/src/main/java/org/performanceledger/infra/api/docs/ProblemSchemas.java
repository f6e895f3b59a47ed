package org.performanceledger.infra.api.docs;

import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import org.performanceledger.application.access.Role;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.infra.api.problems.ProblemCode;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schemas of the API's error answers: {@code ProblemDocument} (RFC 9457 with the ledger's {@code code} and the
 * details a client acts on), the {@code Violation}s of its {@code errors}, and {@code ImportRefusal}, an import's
 * 422 listing the problems of its rows.
 */
final class ProblemSchemas {

    static final String PROBLEM_DOCUMENT = "ProblemDocument";
    static final String VIOLATION = "Violation";
    static final String IMPORT_REFUSAL = "ImportRefusal";
    static final String REF = "#/components/schemas/";

    private ProblemSchemas() {
    }

    /** Every code a problem document may carry: the ledger's refusals and the API's own. */
    static List<String> codes() {
        return Stream.concat(Arrays.stream(LedgerErrorCode.values()).map(Enum::name),
                Arrays.stream(ProblemCode.values()).map(Enum::name)).distinct().sorted().toList();
    }

    static Schema<?> problemDocument() {
        Schema<?> document = common("An error answer (RFC 9457). Clients match on `code`, never on the text. Beside "
                + "the standard members it may carry what a client can act on: the `field` at fault, the `errors` of "
                + "an invalid request, the `organisationId` and `requiredRoles` of a refusal, the `acceptedForms` of "
                + "a period.")
                .addProperty("code", new StringSchema()._enum(codes())
                        .description("What went wrong, as a constant: one of the ledger's refusals "
                                + "(LedgerErrorCode) or of the API's own (ProblemCode)"))
                .addProperty("field", new StringSchema()
                        .description("The request field or parameter at fault, when one is"))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + VIOLATION))
                        .description("For INVALID_REQUEST: each field and the rule it breaks"))
                .addProperty("organisationId", new StringSchema().description("The organisation concerned"))
                .addProperty("requiredRoles", new ArraySchema().items(new StringSchema()._enum(
                                Arrays.stream(Role.values()).map(Enum::name).toList()))
                        .description("For FORBIDDEN: any one of these roles in the organisation would do"))
                .addProperty("indicator", new StringSchema().description("The indicator code concerned"))
                .addProperty("period", new StringSchema().description("The period concerned"))
                .addProperty("acceptedForms", new StringSchema()
                        .description("How the value at fault may be written"));
        return document;
    }

    static Schema<?> violation() {
        return new ObjectSchema()
                .description("One field of a request and the rule it breaks")
                .addProperty("field", new StringSchema().description("The field as the request names it, e.g. "
                        + "value.number"))
                .addProperty("rule", new StringSchema().description("The rule, e.g. NotBlank, Size, Type, Unknown"))
                .addProperty("message", new StringSchema().description("What the rule asks for, in words"))
                .required(List.of("field", "rule", "message"));
    }

    /** An import's refusal: the problem document's members, with the problems of the files and rows. */
    static Schema<?> importRefusal(String importProblem, String importedFile) {
        return common("An import refused: nothing of it was recorded. `errors` lists every problem of its files "
                + "and rows, `warnings` what was ignored.")
                .addProperty("code", new StringSchema()._enum(List.of(LedgerErrorCode.IMPORT_REFUSED.name())))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(REF + importProblem)))
                .addProperty("warnings", new ArraySchema().items(new Schema<>().$ref(REF + importProblem)))
                .addProperty("files", new ArraySchema().items(new Schema<>().$ref(REF + importedFile)))
                .required(List.of("type", "title", "status", "detail", "code", "errors"));
    }

    private static Schema<?> common(String description) {
        return new ObjectSchema()
                .description(description)
                .addProperty("type", new StringSchema()._default("about:blank")
                        .description("A URI naming the kind of problem; about:blank when the code says it all"))
                .addProperty("title", new StringSchema().description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)).description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("What went wrong with this request, and "
                        + "what would be right, in words"))
                .addProperty("instance", new StringSchema().description("The path of the request"))
                .required(List.of("type", "title", "status", "detail", "code"));
    }
}
