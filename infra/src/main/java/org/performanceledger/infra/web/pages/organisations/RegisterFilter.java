package org.performanceledger.infra.web.pages.organisations;

import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.query.history.RegisterEntry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The register page's filters, from its query string ({@code ?aim=EXCELLENT&unit=...&q=sickness}): so a filtered
 * register has an address of its own, and works without JavaScript. An empty filter lets everything through; the
 * search matches the code or the short name, whatever the case.
 */
public class RegisterFilter {

    private String q;
    private String aim;
    private String unit;
    private String frequency;
    private String status;

    /** The entries that pass every filter given, in the register's order. */
    public List<RegisterEntry> apply(List<RegisterEntry> register) {
        String search = blank(q) ? null : q.strip().toLowerCase(Locale.UK);
        return register.stream()
                .filter(entry -> search == null || entry.code().toLowerCase(Locale.UK).contains(search)
                        || text(entry.definition().shortName()).toLowerCase(Locale.UK).contains(search))
                .filter(entry -> blank(aim) || aim.equals(entry.definition().corporateAim()))
                .filter(entry -> blank(unit) || unit.equals(entry.definition().responsibleUnit()))
                .filter(entry -> blank(frequency) || entry.definition().frequency() != null
                        && frequency.equals(entry.definition().frequency().name()))
                .filter(entry -> blank(status) || status.equals(entry.status()))
                .toList();
    }

    /** True when any filter is given. */
    public boolean isActive() {
        return !(blank(q) && blank(aim) && blank(unit) && blank(frequency) && blank(status));
    }

    /** The choices of a select: "" for all, then each value the register holds, in order. */
    static Map<String, String> aims(List<RegisterEntry> register) {
        return choices("All corporate aims", register, IndicatorDefinition::corporateAim);
    }

    static Map<String, String> units(List<RegisterEntry> register) {
        return choices("All responsible units", register, IndicatorDefinition::responsibleUnit);
    }

    static Map<String, String> frequencies(List<RegisterEntry> register) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "All frequencies");
        for (Frequency each : Frequency.values()) {
            if (register.stream().anyMatch(entry -> entry.definition().frequency() == each)) {
                choices.put(each.name(), each.words());
            }
        }
        return choices;
    }

    static Map<String, String> statuses(List<RegisterEntry> register, Function<String, String> words) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", "All statuses");
        register.stream().map(RegisterEntry::status).filter(Objects::nonNull).distinct().sorted()
                .forEach(each -> choices.put(each, words.apply(each)));
        return choices;
    }

    private static Map<String, String> choices(String all, List<RegisterEntry> register,
                                               Function<IndicatorDefinition, String> field) {
        Map<String, String> choices = new LinkedHashMap<>();
        choices.put("", all);
        register.stream().map(entry -> field.apply(entry.definition())).filter(value -> !blank(value))
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                .forEach(value -> choices.put(value, value));
        return choices;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getAim() {
        return aim;
    }

    public void setAim(String aim) {
        this.aim = aim;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
