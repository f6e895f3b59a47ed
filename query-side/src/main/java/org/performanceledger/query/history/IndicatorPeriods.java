package org.performanceledger.query.history;

import org.performanceledger.events.Frequency;
import org.performanceledger.events.Periods;
import org.performanceledger.events.YearBasis;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An indicator's own periods (months, calendar quarters, school terms or years, by its frequency and year basis):
 * the periods of a year, the one before, the same one a year earlier, and the one a report ends with.
 */
final class IndicatorPeriods {

    private final Frequency frequency;
    private final YearBasis basis;

    IndicatorPeriods(Frequency frequency, YearBasis basis) {
        this.frequency = frequency == null ? Frequency.MONTHLY : frequency;
        this.basis = basis == null ? YearBasis.FINANCIAL : basis;
    }

    Frequency frequency() {
        return frequency;
    }

    YearBasis basis() {
        return basis;
    }

    /** The year a period belongs to ({@code 2018-19}). */
    Optional<String> yearOf(String period) {
        return Periods.yearOf(period, frequency, basis);
    }

    LocalDate lastDay(String period) {
        return Periods.lastDayOf(period, frequency, basis);
    }

    /** The year (in this basis) that a day falls in. */
    String yearContaining(LocalDate day) {
        int firstMonth = basis == YearBasis.ACADEMIC ? 9 : 4;
        return Periods.yearStarting(day.getMonthValue() >= firstMonth ? day.getYear() : day.getYear() - 1);
    }

    /** The periods of a year, in order: 12 months, 4 quarters, 3 terms, or the year itself. */
    List<String> periodsOf(String year) {
        List<String> periods = new ArrayList<>();
        String period = Periods.firstPeriodOf(year, frequency, basis);
        int count = switch (frequency) {
            case MONTHLY -> 12;
            case QUARTERLY -> 4;
            case TERMLY -> 3;
            case ANNUAL -> 1;
        };
        for (int i = 0; i < count; i++) {
            periods.add(period);
            period = next(period);
        }
        return periods;
    }

    /** The last of the indicator's periods that ends by {@code day}, within the year the day falls in. */
    Optional<String> endingBy(LocalDate day) {
        String found = null;
        for (String period : periodsOf(yearContaining(day))) {
            if (!lastDay(period).isAfter(day)) {
                found = period;
            }
        }
        return Optional.ofNullable(found);
    }

    String previous(String period) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.parse(period).minusMonths(1).toString();
            case QUARTERLY -> quarter(YearMonth.of(quarterYear(period), quarterNumber(period) * 3).minusMonths(3));
            case TERMLY -> {
                int term = termNumber(period);
                String year = period.substring(0, 7);
                yield term == 1 ? Periods.yearStarting(Periods.startOf(year) - 1) + "-T3"
                        : year + "-T" + (term - 1);
            }
            case ANNUAL -> Periods.yearStarting(Periods.startOf(period) - 1);
        };
    }

    String sameLastYear(String period) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.parse(period).minusYears(1).toString();
            case QUARTERLY -> (quarterYear(period) - 1) + period.substring(4);
            case TERMLY -> Periods.yearStarting(Periods.startOf(period) - 1) + period.substring(7);
            case ANNUAL -> Periods.yearStarting(Periods.startOf(period) - 1);
        };
    }

    private String next(String period) {
        return switch (frequency) {
            case MONTHLY -> YearMonth.parse(period).plusMonths(1).toString();
            case QUARTERLY -> quarter(YearMonth.of(quarterYear(period), quarterNumber(period) * 3).plusMonths(3));
            case TERMLY -> period.substring(0, 9) + (termNumber(period) + 1);
            case ANNUAL -> Periods.yearStarting(Periods.startOf(period) + 1);
        };
    }

    private static String quarter(YearMonth lastMonth) {
        return lastMonth.getYear() + "-Q" + (lastMonth.getMonthValue() + 2) / 3;
    }

    private static int quarterYear(String period) {
        return Integer.parseInt(period.substring(0, 4));
    }

    private static int quarterNumber(String period) {
        return Integer.parseInt(period.substring(6));
    }

    private static int termNumber(String period) {
        return Integer.parseInt(period.substring(9));
    }
}
