package org.performanceledger.infra.web.pages.targets;

import org.performanceledger.events.PeriodTarget;
import org.performanceledger.infra.web.pages.values.ValueInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target profile as people type it, one period a line: {@code 2018-04 0.51} (the period's target),
 * {@code 2018-04 10 to 20} (an activity indicator's expected range), or {@code 2018-04 none} (no target of its own,
 * a report's "-"). Blank lines are left out.
 *
 * @param entries the profile read, in the order typed
 * @param problem what is wrong with the first line that cannot be read; null when every line can
 */
record ProfileLines(List<PeriodTarget> entries, String problem) {

    private static final Pattern LINE = Pattern.compile("(\\S+?):?\\s+(.+)");
    private static final Pattern RANGE = Pattern.compile("(\\S+)\\s+to\\s+(\\S+)", Pattern.CASE_INSENSITIVE);

    static ProfileLines parse(String typed) {
        List<PeriodTarget> entries = new ArrayList<>();
        if (typed == null) {
            return new ProfileLines(entries, null);
        }
        String[] lines = typed.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Optional<PeriodTarget> entry = entry(line);
            if (entry.isEmpty()) {
                return new ProfileLines(entries, "Line " + (i + 1) + " of the profile must be a period and its "
                        + "target, like 2018-04 0.51, or an expected range, like 2018-04 10 to 20");
            }
            entries.add(entry.get());
        }
        return new ProfileLines(entries, null);
    }

    /** A profile's entry as a line of the form. */
    static String line(PeriodTarget entry) {
        if (entry.target() != null) {
            return entry.period() + " " + entry.target().toPlainString();
        }
        if (entry.lower() != null && entry.upper() != null) {
            return entry.period() + " " + entry.lower().toPlainString() + " to " + entry.upper().toPlainString();
        }
        return entry.period() + " none";
    }

    private static Optional<PeriodTarget> entry(String line) {
        Matcher parts = LINE.matcher(line);
        if (!parts.matches()) {
            return Optional.empty();
        }
        String period = parts.group(1);
        String target = parts.group(2).strip();
        if (target.equalsIgnoreCase("none") || target.equals("-")) {
            return Optional.of(new PeriodTarget(period, null, null, null));
        }
        Matcher range = RANGE.matcher(target);
        if (range.matches()) {
            Optional<BigDecimal> lower = ValueInput.parse(range.group(1));
            Optional<BigDecimal> upper = ValueInput.parse(range.group(2));
            return lower.isPresent() && upper.isPresent()
                    ? Optional.of(new PeriodTarget(period, null, lower.get(), upper.get())) : Optional.empty();
        }
        return ValueInput.parse(target).map(number -> new PeriodTarget(period, number, null, null));
    }
}
