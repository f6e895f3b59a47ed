package org.performanceledger.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every figure of a run beside its baseline measured in the same run, and the target where the issue sets one:
 * printed at the end as one Markdown table per area, as the README shows them.
 */
final class Figures {

    /**
     * @param value    the figure, in {@code unit}
     * @param baseline the same measure of something simpler, in the same unit; NaN when there is none
     * @param verdict  "met", "NOT MET", or empty where no target applies
     */
    record Figure(String area, String what, double value, String unit, String baselineWhat, double baseline,
                  String target, String verdict) {

        String ratio() {
            return Double.isNaN(baseline) || baseline == 0 ? "" : String.format(Locale.ROOT, "%.2fx", value / baseline);
        }
    }

    private final List<Figure> figures = new ArrayList<>();

    /** A figure with no target. */
    void add(String area, String what, double value, String unit, String baselineWhat, double baseline) {
        add(area, what, value, unit, baselineWhat, baseline, "", null);
    }

    /** A figure with a target; {@code met} says whether it was reached. */
    synchronized void add(String area, String what, double value, String unit, String baselineWhat, double baseline,
                          String target, Boolean met) {
        figures.add(new Figure(area, what, value, unit, baselineWhat, baseline, target,
                met == null ? "" : met ? "met" : "NOT MET"));
        System.out.printf(Locale.ROOT, "  >> %s: %s %s%s%s%n", what, number(value), unit,
                Double.isNaN(baseline) ? "" : String.format(Locale.ROOT, " (baseline %s: %s %s, %s)", baselineWhat,
                        number(baseline), unit, figures.get(figures.size() - 1).ratio()),
                target.isEmpty() ? "" : "; target " + target + ": " + (met ? "met" : "NOT MET"));
    }

    List<Figure> all() {
        return List.copyOf(figures);
    }

    /** One table per area, in the order the areas were first measured. */
    String tables() {
        Map<String, List<Figure>> byArea = new LinkedHashMap<>();
        figures.forEach(figure -> byArea.computeIfAbsent(figure.area(), a -> new ArrayList<>()).add(figure));
        StringBuilder text = new StringBuilder();
        byArea.forEach((area, rows) -> {
            text.append("\n### ").append(area).append("\n\n")
                    .append("| figure | value | baseline (same run) | ratio | target |\n|---|---|---|---|---|\n");
            for (Figure row : rows) {
                text.append("| ").append(row.what()).append(" | ").append(number(row.value())).append(' ')
                        .append(row.unit()).append(" | ")
                        .append(Double.isNaN(row.baseline()) ? "" : row.baselineWhat() + ": " + number(row.baseline())
                                + " " + row.unit())
                        .append(" | ").append(row.ratio()).append(" | ")
                        .append(row.target().isEmpty() ? "" : row.target() + ": " + row.verdict()).append(" |\n");
            }
        });
        return text.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%,.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
