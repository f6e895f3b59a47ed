package org.performanceledger.infra.api.docs;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The API's OpenAPI description ({@code /v3/api-docs}): its title, version and ways of signing in; the error
 * answers of every operation ({@link ErrorResponses}) and their schemas ({@link ProblemSchemas}); which properties
 * are required and which may be null ({@link NullableRecordComponents}); schemas of nested types named by their
 * enclosing type ({@link NestedTypeNames}); and request bodies that admit no property
 * they do not list ({@link RequestSchemas}), as the API refuses unknown fields.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpenApiConfiguration {

    static {
        // Resolved from the signed-in user, never sent by a client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    /** A way of signing in, offered on every operation. */
    record SignIn(String name, SecurityScheme scheme) {
    }

    /** The ways of signing in to the API; any one of them will do. To offer another (a bearer token), add a line. */
    static final List<SignIn> SIGN_IN = List.of(
            new SignIn("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                    .description("A user name and password of the ledger's users (ledger.users)")),
            new SignIn("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                    .description("A personal access token (plt_..., made at /api/me/tokens), or a JWT from the "
                            + "organisation's identity provider when one is configured")));

    private static final String DESCRIPTION = """
            An event-sourced ledger of a public-sector organisation's performance: its indicators, targets, monthly \
            values and their corrections, outturns, commentary, and the Monthly Performance Report, now or as the \
            ledger knew it at any moment. Every change is recorded with who made it, when and why.

            Every error is a problem document (RFC 9457, `application/problem+json`) with a typed `code`: the \
            ledger's refusals (such as `INDICATOR_NOT_FOUND`, `PERIOD_MALFORMED`, `FORBIDDEN`) and the API's own \
            (`BAD_REQUEST`, `INVALID_REQUEST`, `UNAUTHENTICATED`, `NOT_FOUND`, `METHOD_NOT_ALLOWED`, \
            `NOT_ACCEPTABLE`, `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`). A refused request changes nothing. \
            Request bodies are UTF-8 JSON; a field a request does not have, or a field given twice, is refused.""";

    @Bean
    OpenAPI ledgerOpenApi(@Value("${api.version:development}") String version, SpringDocConfigProperties springDoc) {
        OpenAPI api = new OpenAPI(springDoc.getSpecVersion())
                .info(new Info().title("Performance Ledger API").version(version).description(DESCRIPTION))
                .components(new Components());
        for (SignIn signIn : SIGN_IN) {
            api.getComponents().addSecuritySchemes(signIn.name(), signIn.scheme());
            api.addSecurityItem(new SecurityRequirement().addList(signIn.name()));
        }
        return api;
    }

    @Bean
    OperationCustomizer errorResponses() {
        return new ErrorResponses();
    }

    @Bean
    ModelConverter nestedTypeNames() {
        return new NestedTypeNames();
    }

    @Bean
    ModelConverter nullableRecordComponents() {
        return new NullableRecordComponents();
    }

    /**
     * A year's versions are answered without {@code lastChange}, the view's bookkeeping (a Jackson mix-in,
     * {@code JsonMixins}; ADR 22), which the description's own model of the record would otherwise list.
     */
    @Bean
    OpenApiCustomizer yearsWithoutTheViewsBookkeeping() {
        return api -> {
            Schema<?> year = api.getComponents().getSchemas() == null ? null
                    : api.getComponents().getSchemas().get(IndicatorYearHistory.class.getSimpleName());
            if (year != null && year.getProperties() != null) {
                year.getProperties().remove("lastChange");
                if (year.getRequired() != null) {
                    year.getRequired().remove("lastChange");
                }
            }
        };
    }

    @Bean
    OpenApiCustomizer problemAndRequestSchemas() {
        String importProblem = ImportProblem.class.getSimpleName();
        String importedFile = ImportReport.class.getSimpleName() + "." + ImportReport.File.class.getSimpleName();
        return api -> {
            Components components = api.getComponents();
            components.addSchemas(ProblemSchemas.PROBLEM_DOCUMENT, ProblemSchemas.problemDocument());
            components.addSchemas(ProblemSchemas.VIOLATION, ProblemSchemas.violation());
            // ImportReport's schemas are there already: the import's 200 answer is one.
            components.addSchemas(ProblemSchemas.IMPORT_REFUSAL,
                    ProblemSchemas.importRefusal(importProblem, importedFile));
            RequestSchemas.closeRequestBodies(api);
        };
    }
}
