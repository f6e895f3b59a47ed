package org.performanceledger.infra.api.docs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.performanceledger.application.access.Caller;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.infra.api.CallerArgumentResolver;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Documents on every operation the error answers it can give, each a problem document
 * ({@code application/problem+json}, schema {@code ProblemDocument}), from what the handler method takes:
 * any request may be malformed (400), unsigned (401) or ask for a media type the operation does not produce (406);
 * one made by a signed-in user may be refused by role (403); one with path variables may name nothing (404); a
 * write may conflict (409) or break a rule (422); one with a body may send it in the wrong media type (415); an
 * upload may be too large (413). A response an operation declares itself (an import's 422) is kept. Writes also
 * take an {@code Idempotency-Key}.
 */
final class ErrorResponses implements OperationCustomizer {

    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<RequestMethod> methods = methods(handler);
        boolean signedIn = Arrays.stream(handler.getMethodParameters())
                .anyMatch(parameter -> parameter.getParameterType() == Caller.class);
        List<String> pathVariables = Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(PathVariable.class))
                .map(ErrorResponses::pathVariableName).toList();
        // A period or year of an indicator, read or written, must be one of the indicator's (PERIOD_NOT_IN_YEAR).
        boolean indicatorPeriod = pathVariables.contains("code")
                && (pathVariables.contains("period") || pathVariables.contains("year"));
        boolean writes = methods.contains(RequestMethod.POST) || methods.contains(RequestMethod.PUT);
        boolean body = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null;
        boolean upload = body && operation.getRequestBody().getContent()
                .containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);

        add(operation, "400", "The request cannot be read (BAD_REQUEST), or a field, parameter or path value is "
                + "not written as the ledger reads it (" + codes(LedgerErrorCode.Kind.INVALID)
                + ", INVALID_REQUEST: `errors` names each field and rule)");
        add(operation, "401", "No user is signed in (UNAUTHENTICATED); the WWW-Authenticate header says how");
        if (signedIn) {
            add(operation, "403", "The user holds none of the roles this needs in the organisation (FORBIDDEN): "
                    + "`organisationId` and `requiredRoles` say which would do");
        }
        if (!pathVariables.isEmpty()) {
            add(operation, "404", "The path names something the ledger does not hold ("
                    + codes(LedgerErrorCode.Kind.NOT_FOUND) + ")");
        }
        add(operation, "406", "The Accept header asks for no media type this operation produces (NOT_ACCEPTABLE)");
        if (writes && signedIn || indicatorPeriod) {
            add(operation, "422", "The request is well-formed but breaks a rule of the ledger ("
                    + codes(LedgerErrorCode.Kind.RULE) + "; `field` names the field at fault)");
        }
        if (writes && signedIn) {
            add(operation, "409", "The request conflicts with what the ledger holds, or repeats an Idempotency-Key "
                    + "with a different request (" + codes(LedgerErrorCode.Kind.CONFLICT) + ")");
            operation.addParametersItem(new HeaderParameter().name(CallerArgumentResolver.IDEMPOTENCY_KEY)
                    .required(false).schema(new StringSchema().maxLength(Caller.LONGEST_IDEMPOTENCY_KEY)
                            .pattern("^[!-~]+$"))
                    .description("Makes a retry safe: the same request with the same key is recorded once, and "
                            + "answered as the first time; the same key with another request is a 409. 1 to "
                            + Caller.LONGEST_IDEMPOTENCY_KEY + " visible ASCII characters (a UUID, say); any "
                            + "other is a 400 naming Idempotency-Key"));
        }
        if (body) {
            add(operation, "415", "The body is not in a media type this operation takes, or not in UTF-8 "
                    + "(UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED_CHARSET)");
        }
        if (upload) {
            add(operation, "413", "A file is larger than 20 MB, or all of them larger than 50 MB "
                    + "(PAYLOAD_TOO_LARGE)");
        }
        return operation;
    }

    private static String pathVariableName(MethodParameter parameter) {
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        return variable != null && !variable.name().isEmpty() ? variable.name()
                : parameter.getParameter().getName();
    }

    private static void add(Operation operation, String status, String description) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType()
                        .schema(new Schema<>().$ref(ProblemSchemas.REF + ProblemSchemas.PROBLEM_DOCUMENT)))));
    }

    private static String codes(LedgerErrorCode.Kind kind) {
        return Arrays.stream(LedgerErrorCode.values()).filter(code -> code.kind() == kind).map(Enum::name)
                .collect(Collectors.joining(", "));
    }

    private static List<RequestMethod> methods(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(),
                RequestMapping.class);
        return mapping == null ? List.of() : List.of(mapping.method());
    }
}
