package org.performanceledger.imports.plan;

import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** How a dry run words what a fact records. */
public final class Describe {

    private Describe() {
    }

    public static String value(MeasuredValue value) {
        return switch (value.state()) {
            case NUMBER -> value.number().toPlainString();
            case TBC -> "TBC";
            case NOT_APPLICABLE -> "N/A";
            case NOT_YET_AVAILABLE -> "not yet available";
        };
    }

    public static String target(Target target) {
        if (target == null || target.kind() == null) {
            return "none";
        }
        return switch (target.kind()) {
            case NUMBER -> target.number().toPlainString();
            case RANGE -> target.lower().toPlainString() + "-" + target.upper().toPlainString();
            case TEXT -> target.text();
            case TBC -> "TBC";
        };
    }

    public static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The names of the definition's fields an amendment changes. */
    public static String changedFields(IndicatorDefinition held, IndicatorDefinition amended) {
        List<String> changed = new ArrayList<>();
        compare(changed, "short name", held.shortName(), amended.shortName());
        compare(changed, "description", held.description(), amended.description());
        compare(changed, "polarity", held.polarity(), amended.polarity());
        compare(changed, "basis", held.basis(), amended.basis());
        compare(changed, "unit", held.unit(), amended.unit());
        compare(changed, "decimal places", held.decimalPlaces(), amended.decimalPlaces());
        compare(changed, "frequency", held.frequency(), amended.frequency());
        compare(changed, "year basis", held.yearBasis(), amended.yearBasis());
        compare(changed, "responsible unit", held.responsibleUnit(), amended.responsibleUnit());
        compare(changed, "managed by", held.managedBy(), amended.managedBy());
        compare(changed, "scrutiny committee", held.scrutinyCommittee(), amended.scrutinyCommittee());
        compare(changed, "corporate aim", held.corporateAim(), amended.corporateAim());
        compare(changed, "year introduced", held.yearIntroduced(), amended.yearIntroduced());
        compare(changed, "external reference", held.externalReference(), amended.externalReference());
        return "changes " + String.join(", ", changed);
    }

    private static void compare(List<String> changed, String name, Object held, Object amended) {
        if (!Objects.equals(held, amended)) {
            changed.add(name + " (" + held + " → " + amended + ")");
        }
    }
}
