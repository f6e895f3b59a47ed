package org.performanceledger.events;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A command or query the ledger refused. Nothing was recorded. Carries a typed {@link LedgerErrorCode}, where one
 * field is to blame its name, and details a client can act on (the organisation, the roles that would be needed, the
 * accepted forms). The refusals that several parts of the ledger give are built here, once, so they read the same
 * whoever gives them.
 */
public class LedgerRejection extends RuntimeException {

    /** How periods are written, in every message that refuses one. */
    public static final String PERIOD_FORMS =
            "a month (2019-01), a calendar quarter (2019-Q3), a school term (2018-19-T1) or a year (2018-19)";

    private final LedgerErrorCode code;
    private final String field;
    private final Map<String, Object> details;

    public LedgerRejection(LedgerErrorCode code, String field, String message) {
        this(code, field, message, Map.of());
    }

    public LedgerRejection(LedgerErrorCode code, String field, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.field = field;
        this.details = Map.copyOf(details);
    }

    public static LedgerRejection organisationNotFound(String organisationId) {
        return new LedgerRejection(LedgerErrorCode.ORGANISATION_NOT_FOUND, "organisationId",
                "No organisation '" + organisationId + "' is registered", Map.of("organisationId", organisationId));
    }

    public static LedgerRejection indicatorNotFound(String organisationId, String code) {
        return new LedgerRejection(LedgerErrorCode.INDICATOR_NOT_FOUND, "code", "No indicator '" + code
                + "' is registered in organisation '" + organisationId + "'",
                Map.of("organisationId", organisationId, "indicator", code));
    }

    public static LedgerRejection indicatorRetired(String code) {
        return new LedgerRejection(LedgerErrorCode.INDICATOR_RETIRED, "code",
                "Indicator '" + code + "' was retired or re-coded and takes no more values, targets or changes");
    }

    /** A period written in none of the ledger's forms. */
    public static LedgerRejection periodMalformed(String field, String period) {
        return new LedgerRejection(LedgerErrorCode.PERIOD_MALFORMED, field, "'" + period
                + "' is not a period: write " + PERIOD_FORMS, Map.of("acceptedForms", PERIOD_FORMS));
    }

    /** A period in one of the ledger's forms, but not of this indicator's frequency and year basis. */
    public static LedgerRejection periodNotOfIndicator(String field, String period, String code,
                                                       IndicatorDefinition definition) {
        String frequency = definition.frequency().words().toLowerCase(Locale.ROOT);
        String basis = definition.yearBasis().words();
        // "an annual indicator of the academic year (September to August)": the words read as a sentence.
        return new LedgerRejection(LedgerErrorCode.PERIOD_NOT_IN_YEAR, field, "'" + period + "' is not a period of "
                + "indicator '" + code + "', " + (frequency.startsWith("a") ? "an " : "a ") + frequency
                + " indicator of the " + Character.toLowerCase(basis.charAt(0)) + basis.substring(1)
                + ": its periods are " + Periods.formOf(definition.frequency()), Map.of("acceptedForms",
                Periods.formOf(definition.frequency())));
    }

    public static LedgerRejection reportNotPublished(String organisationId, String period) {
        return new LedgerRejection(LedgerErrorCode.REPORT_NOT_PUBLISHED, "period", "No report for '" + period
                + "' of organisation '" + organisationId + "' was published",
                Map.of("organisationId", organisationId, "period", period));
    }

    public static LedgerRejection publicationNotFound(String organisationId, String period, int number) {
        return new LedgerRejection(LedgerErrorCode.PUBLICATION_NOT_FOUND, "publication", "Organisation '"
                + organisationId + "' has no publication " + number + " of the report for '" + period + "'",
                Map.of("organisationId", organisationId, "period", period));
    }

    public static LedgerRejection viewNotFound(String name, Collection<String> views) {
        return new LedgerRejection(LedgerErrorCode.VIEW_NOT_FOUND, "name", "No view '" + name + "': there are "
                + String.join(", ", views));
    }

    /**
     * The user holds none of {@code roles} in the organisation (null: in any organisation, e.g. registering one).
     */
    public static LedgerRejection forbidden(String organisationId, Collection<? extends Enum<?>> roles,
                                            String what) {
        String needed = roles.stream().map(Enum::name).collect(Collectors.joining(" or "));
        Map<String, Object> details = new LinkedHashMap<>();
        if (organisationId != null) {
            details.put("organisationId", organisationId);
        }
        details.put("requiredRoles", roles.stream().map(Enum::name).toList());
        return new LedgerRejection(LedgerErrorCode.FORBIDDEN, null, "To " + what + " you need the role " + needed
                + (organisationId == null ? "" : " in organisation '" + organisationId + "'"), details);
    }

    public LedgerErrorCode code() {
        return code;
    }

    /** The request field the refusal is about, or null when it concerns the request as a whole. */
    public String field() {
        return field;
    }

    /**
     * What a client can act on, beside the message: e.g. {@code organisationId}, {@code requiredRoles}. Never
     * {@code code} or {@code field}, which a problem document already uses for the refusal itself.
     */
    public Map<String, Object> details() {
        return details;
    }
}
