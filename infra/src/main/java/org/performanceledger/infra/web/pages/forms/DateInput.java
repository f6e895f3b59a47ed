package org.performanceledger.infra.web.pages.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A date as a person types it into GOV.UK's date input ({@code dateInput} of {@code fragments/forms.html}): day,
 * month and year in boxes of their own, bound as a nested object ({@code sourceDate.day}). Blank means no date was
 * given; checked with {@link RealDate}, or by asking {@link #problem(String)} directly.
 */
public class DateInput {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private String day;
    private String month;
    private String year;

    public DateInput() {
    }

    public DateInput(String day, String month, String year) {
        this.day = day;
        this.month = month;
        this.year = year;
    }

    /** True when nothing at all was typed. */
    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year);
    }

    /**
     * What is wrong with what was typed, in GOV.UK's words with the field's name ("From date must include a month",
     * "From date must be a real date"), or empty when it is a real date or nothing was typed.
     */
    public Optional<String> problem(String name) {
        if (isBlank()) {
            return Optional.empty();
        }
        List<String> missing = missingParts();
        if (!missing.isEmpty()) {
            return Optional.of(name + " must include a " + String.join(" and a ", missing));
        }
        return date().isPresent() ? Optional.empty() : Optional.of(name + " must be a real date");
    }

    /** The parts left empty, in the order the boxes stand. */
    protected List<String> missingParts() {
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
        return missing;
    }

    /** The date typed, when it is a real one with a four-digit year. */
    public Optional<LocalDate> date() {
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

    protected static boolean blank(String text) {
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
