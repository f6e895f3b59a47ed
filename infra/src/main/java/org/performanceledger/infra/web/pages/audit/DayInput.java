package org.performanceledger.infra.web.pages.audit;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A day as a person types it into GOV.UK's date input (day, month and year in their own boxes), bound as a nested
 * object ({@code from.day}); blank means no day was asked for.
 */
public class DayInput {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private String day;
    private String month;
    private String year;

    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /** What is wrong, in GOV.UK's words ("From date must include a month"), or empty when it is a day or blank. */
    public Optional<String> problem(String name) {
        if (isBlank()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("day");
        }
        if (blank(month)) {
            missing.add("month");
        }
        if (blank(year)) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return Optional.of(name + " must include a " + String.join(" and a ", missing));
        }
        return value().isPresent() ? Optional.empty() : Optional.of(name + " must be a real date");
    }

    /** The day typed, when it is one. */
    public Optional<LocalDate> value() {
        if (!number(day) || !number(month) || !number(year) || year.strip().length() != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip())));
        } catch (DateTimeException notARealDate) {
            return Optional.empty();
        }
    }

    private static boolean number(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }
}
