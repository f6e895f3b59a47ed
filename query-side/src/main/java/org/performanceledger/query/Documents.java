package org.performanceledger.query;

import org.bson.Document;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueState;
import org.performanceledger.events.YearBasis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shared-events value types as MongoDB documents and back. Numbers are stored as their exact decimal text, so
 * 7.20 stays 7.20 whatever the server does with doubles.
 */
public final class Documents {

    private Documents() {
    }

    public static Document of(MeasuredValue value) {
        return value == null ? null : new Document("state", value.state().name())
                .append("number", text(value.number())).append("reason", value.reason());
    }

    public static MeasuredValue measuredValue(Document document) {
        return document == null ? null : new MeasuredValue(ValueState.valueOf(document.getString("state")),
                number(document.getString("number")), document.getString("reason"));
    }

    public static Document of(Target target) {
        return target == null ? null : new Document("kind", target.kind().name())
                .append("number", text(target.number())).append("lower", text(target.lower()))
                .append("upper", text(target.upper())).append("text", target.text());
    }

    public static Target target(Document document) {
        return document == null ? null : new Target(TargetKind.valueOf(document.getString("kind")),
                number(document.getString("number")), number(document.getString("lower")),
                number(document.getString("upper")), document.getString("text"));
    }

    public static Document of(Tolerance tolerance) {
        return tolerance == null ? null : new Document("kind", tolerance.kind().name())
                .append("amount", text(tolerance.amount()));
    }

    public static Tolerance tolerance(Document document) {
        return document == null ? null : new Tolerance(ToleranceKind.valueOf(document.getString("kind")),
                number(document.getString("amount")));
    }

    public static List<Document> ofProfile(List<PeriodTarget> profile) {
        return profile == null ? List.of() : profile.stream().map(entry -> new Document("period", entry.period())
                .append("target", text(entry.target())).append("lower", text(entry.lower()))
                .append("upper", text(entry.upper()))).toList();
    }

    public static List<PeriodTarget> profile(List<Document> documents) {
        return documents == null ? List.of() : documents.stream().map(entry -> new PeriodTarget(
                entry.getString("period"), number(entry.getString("target")), number(entry.getString("lower")),
                number(entry.getString("upper")))).toList();
    }

    public static Document of(IndicatorDefinition definition) {
        return new Document("shortName", definition.shortName())
                .append("description", definition.description())
                .append("polarity", name(definition.polarity()))
                .append("basis", name(definition.basis()))
                .append("unit", definition.unit())
                .append("decimalPlaces", definition.decimalPlaces())
                .append("frequency", name(definition.frequency()))
                .append("yearBasis", name(definition.yearBasis()))
                .append("responsibleUnit", definition.responsibleUnit())
                .append("managedBy", definition.managedBy())
                .append("scrutinyCommittee", definition.scrutinyCommittee())
                .append("corporateAim", definition.corporateAim())
                .append("yearIntroduced", definition.yearIntroduced())
                .append("externalReference", definition.externalReference());
    }

    public static IndicatorDefinition definition(Document document) {
        return new IndicatorDefinition(document.getString("shortName"), document.getString("description"),
                enumOf(Polarity.class, document.getString("polarity")),
                enumOf(Basis.class, document.getString("basis")), document.getString("unit"),
                document.getInteger("decimalPlaces"), enumOf(Frequency.class, document.getString("frequency")),
                enumOf(YearBasis.class, document.getString("yearBasis")), document.getString("responsibleUnit"),
                document.getString("managedBy"), document.getString("scrutinyCommittee"),
                document.getString("corporateAim"), document.getString("yearIntroduced"),
                document.getString("externalReference"));
    }

    private static String text(BigDecimal number) {
        return number == null ? null : number.toPlainString();
    }

    private static BigDecimal number(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
