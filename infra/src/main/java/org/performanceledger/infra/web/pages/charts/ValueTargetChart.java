package org.performanceledger.infra.web.pages.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A chart of an indicator's values against its target, period by period, as SVG markup for a page to include
 * ({@code th:utext}): the values as a line with a marker per period, a number target as a dashed line, a range
 * (a Goldilocks target, an activity indicator's expected range) as a shaded band between dashed edges; axes with
 * their labels and a legend. It has a title and a description for screen readers ({@code role="img"}); the page
 * shows the same figures in a table beside it, as a chart is never the only way to read them.
 * <p>
 * No style attribute and no script (the Content-Security-Policy forbids both): presentation attributes only, and
 * the class {@code ledger-chart} for its size. Every text it is given is escaped. It knows nothing of indicators
 * or pages: a caller gives it points.
 */
public final class ValueTargetChart {

    /**
     * One period of the chart.
     *
     * @param label  the period on the axis, short ("Jan 19")
     * @param value  the value; null when there is none (a gap in the line)
     * @param target the target; null when there is none or it is a range
     * @param lower  the lower bound of a target range or expected range; null when none
     * @param upper  the upper bound of it; null when none
     */
    public record Point(String label, BigDecimal value, BigDecimal target, BigDecimal lower, BigDecimal upper) {

        boolean hasRange() {
            return lower != null && upper != null;
        }
    }

    static final int WIDTH = 720;
    static final int HEIGHT = 360;
    private static final int LEFT = 72;
    private static final int RIGHT = 16;
    private static final int TOP = 44;
    private static final int BOTTOM = 64;
    private static final int MOST_AXIS_LABELS = 12;
    private static final int TICKS = 5;
    private static final String TEXT = "#0b0c0c";
    private static final String VALUE = "#1d70b8";
    private static final String GRID = "#b1b4b6";
    private static final String BAND = "#cce2d8";
    private static final String FONT = "font-family=\"GDS Transport, arial, sans-serif\"";

    private ValueTargetChart() {
    }

    /**
     * The chart as an {@code <svg>} element.
     *
     * @param id          a prefix for the ids of its title and description, unique on the page
     * @param title       what it shows ("CP 5.4: value against target")
     * @param description what a screen reader says of it beyond the title (its periods, where the figures are)
     * @param valueAxis   the vertical axis's label ("Working days (days)")
     * @param points      the periods, oldest first
     */
    public static String svg(String id, String title, String description, String valueAxis, List<Point> points) {
        Objects.requireNonNull(points, "points");
        Scale scale = Scale.of(points.stream().flatMap(point -> Stream.of(point.value(), point.target(),
                point.lower(), point.upper())).filter(Objects::nonNull).toList());
        Plot plot = new Plot(points.size(), scale);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ledger-chart\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-labelledby=\"")
                .append(escape(id)).append("-title ").append(escape(id)).append("-desc\">\n");
        svg.append("<title id=\"").append(escape(id)).append("-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(description))
                .append("</desc>\n");
        valueAxis(svg, plot, valueAxis);
        periodAxis(svg, plot, points);
        bands(svg, plot, points);
        targetLine(svg, plot, points);
        valueLine(svg, plot, points);
        legend(svg, points);
        svg.append("</svg>");
        return svg.toString();
    }

    /** Grid lines and their numbers, the axis line and its label. */
    private static void valueAxis(StringBuilder svg, Plot plot, String label) {
        for (BigDecimal tick : plot.scale().ticks()) {
            double y = plot.y(tick);
            line(svg, LEFT, y, WIDTH - RIGHT, y, GRID, 1, null);
            text(svg, LEFT - 8, y + 5, "end", 14, tick.stripTrailingZeros().toPlainString());
        }
        line(svg, LEFT, TOP, LEFT, HEIGHT - BOTTOM, TEXT, 1, null);
        double middle = (TOP + HEIGHT - BOTTOM) / 2.0;
        svg.append("<text x=\"16\" y=\"").append(number(middle)).append("\" text-anchor=\"middle\" font-size=\"14\" ")
                .append(FONT).append(" fill=\"").append(TEXT).append("\" transform=\"rotate(-90 16 ")
                .append(number(middle)).append(")\">").append(escape(label)).append("</text>\n");
    }

    /** The period axis: a tick per period, a label on at most {@value #MOST_AXIS_LABELS} of them. */
    private static void periodAxis(StringBuilder svg, Plot plot, List<Point> points) {
        line(svg, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, TEXT, 1, null);
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) MOST_AXIS_LABELS));
        for (int i = 0; i < points.size(); i++) {
            double x = plot.x(i);
            line(svg, x, HEIGHT - BOTTOM, x, HEIGHT - BOTTOM + 5, TEXT, 1, null);
            if ((points.size() - 1 - i) % every == 0) {
                text(svg, x, HEIGHT - BOTTOM + 22, "middle", 14, points.get(i).label());
            }
        }
        text(svg, LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 12, "middle", 14, "Period");
    }

    /** Each period's range as a shaded band between dashed edges. */
    private static void bands(StringBuilder svg, Plot plot, List<Point> points) {
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            if (!point.hasRange()) {
                continue;
            }
            double left = plot.x(i) - plot.step() / 2;
            double top = plot.y(point.upper().max(point.lower()));
            double bottom = plot.y(point.lower().min(point.upper()));
            svg.append("<rect x=\"").append(number(left)).append("\" y=\"").append(number(top))
                    .append("\" width=\"").append(number(plot.step())).append("\" height=\"")
                    .append(number(Math.max(1, bottom - top))).append("\" fill=\"").append(BAND).append("\"/>\n");
            line(svg, left, top, left + plot.step(), top, TEXT, 2, "6 4");
            line(svg, left, bottom, left + plot.step(), bottom, TEXT, 2, "6 4");
        }
    }

    /** The number targets as one dashed line, broken where a period has none. */
    private static void targetLine(StringBuilder svg, Plot plot, List<Point> points) {
        for (List<double[]> run : runs(plot, points, Point::target)) {
            polyline(svg, run, TEXT, 2, "8 5");
        }
    }

    /** The values as a line, broken where a period has none, with a marker on each value. */
    private static void valueLine(StringBuilder svg, Plot plot, List<Point> points) {
        for (List<double[]> run : runs(plot, points, Point::value)) {
            polyline(svg, run, VALUE, 3, null);
            for (double[] at : run) {
                svg.append("<circle cx=\"").append(number(at[0])).append("\" cy=\"").append(number(at[1]))
                        .append("\" r=\"4.5\" fill=\"").append(VALUE).append("\"/>\n");
            }
        }
    }

    /** What each line and band stands for, above the plot; only what the chart shows. */
    private static void legend(StringBuilder svg, List<Point> points) {
        double x = LEFT;
        double y = 20;
        line(svg, x, y, x + 28, y, VALUE, 3, null);
        svg.append("<circle cx=\"").append(number(x + 14)).append("\" cy=\"").append(number(y))
                .append("\" r=\"4.5\" fill=\"").append(VALUE).append("\"/>\n");
        text(svg, x + 36, y + 5, "start", 14, "Value");
        x += 110;
        if (points.stream().anyMatch(point -> point.target() != null)) {
            line(svg, x, y, x + 28, y, TEXT, 2, "8 5");
            text(svg, x + 36, y + 5, "start", 14, "Target");
            x += 110;
        }
        if (points.stream().anyMatch(Point::hasRange)) {
            svg.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y - 8))
                    .append("\" width=\"28\" height=\"16\" fill=\"").append(BAND).append("\" stroke=\"").append(TEXT)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
            text(svg, x + 36, y + 5, "start", 14, "Target or expected range");
        }
    }

    /** The consecutive periods that have a number, each run as points of the plot. */
    private static List<List<double[]>> runs(Plot plot, List<Point> points,
                                             java.util.function.Function<Point, BigDecimal> number) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            BigDecimal value = number.apply(points.get(i));
            if (value == null) {
                if (!run.isEmpty()) {
                    runs.add(run);
                    run = new ArrayList<>();
                }
                continue;
            }
            run.add(new double[]{plot.x(i), plot.y(value)});
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static void polyline(StringBuilder svg, List<double[]> run, String colour, int width, String dashes) {
        if (run.size() == 1) {
            // A lone target still shows: a short dash across its period.
            double[] at = run.get(0);
            line(svg, at[0] - 10, at[1], at[0] + 10, at[1], colour, width, dashes);
            return;
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"").append(width)
                .append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append(" points=\"");
        for (int i = 0; i < run.size(); i++) {
            svg.append(i == 0 ? "" : " ").append(number(run.get(i)[0])).append(',').append(number(run.get(i)[1]));
        }
        svg.append("\"/>\n");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour, int width,
                             String dashes) {
        svg.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
                .append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(width).append('"');
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, int size, String words) {
        svg.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" font-size=\"").append(size).append("\" ").append(FONT)
                .append(" fill=\"").append(TEXT).append("\">").append(escape(words)).append("</text>\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** Text as XML content or attribute value. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Where periods and numbers go on the plot. */
    private record Plot(int periods, Scale scale) {

        double step() {
            return (WIDTH - LEFT - RIGHT) / (double) Math.max(1, periods);
        }

        double x(int index) {
            return LEFT + (index + 0.5) * step();
        }

        double y(BigDecimal value) {
            double low = scale.low().doubleValue();
            double high = scale.high().doubleValue();
            return HEIGHT - BOTTOM - (value.doubleValue() - low) / (high - low) * (HEIGHT - BOTTOM - TOP);
        }
    }

    /**
     * The vertical axis: from a round number at or below the least figure to one at or above the greatest, in
     * round steps (1, 2 or 5 times a power of ten); from 0 when every figure is positive and 0 is near.
     */
    record Scale(BigDecimal low, BigDecimal high, BigDecimal step) {

        static Scale of(List<BigDecimal> figures) {
            if (figures.isEmpty()) {
                return new Scale(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0.25"));
            }
            BigDecimal least = figures.stream().reduce(BigDecimal::min).orElseThrow();
            BigDecimal greatest = figures.stream().reduce(BigDecimal::max).orElseThrow();
            if (least.signum() > 0 && least.compareTo(greatest.subtract(least)) <= 0) {
                least = BigDecimal.ZERO;
            }
            if (least.compareTo(greatest) == 0) {
                BigDecimal margin = least.signum() == 0 ? BigDecimal.ONE : least.abs().multiply(new BigDecimal("0.1"));
                least = least.subtract(margin);
                greatest = greatest.add(margin);
            }
            BigDecimal step = roundStep(greatest.subtract(least).divide(BigDecimal.valueOf(TICKS - 1), 12,
                    RoundingMode.HALF_UP));
            BigDecimal low = least.divide(step, 0, RoundingMode.FLOOR).multiply(step);
            BigDecimal high = greatest.divide(step, 0, RoundingMode.CEILING).multiply(step);
            return new Scale(low, high, step);
        }

        /** The round number (1, 2 or 5 times a power of ten) at or above {@code rough}. */
        private static BigDecimal roundStep(BigDecimal rough) {
            BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(rough.precision() - rough.scale() - 1);
            for (BigDecimal factor : List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(5),
                    BigDecimal.TEN)) {
                BigDecimal candidate = power.multiply(factor);
                if (candidate.compareTo(rough) >= 0) {
                    return candidate;
                }
            }
            return power.multiply(BigDecimal.TEN);
        }

        List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal tick = low; tick.compareTo(high) <= 0; tick = tick.add(step)) {
                ticks.add(tick);
            }
            return ticks;
        }
    }
}
