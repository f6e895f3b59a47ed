package org.performanceledger.infra.web.pages.forms;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time as a person types it into the {@code dateTime} field of {@code fragments/forms.html}: day, month
 * and year in their own boxes (GOV.UK's date input) and the time as {@code 14:30}. Bound as a nested object, e.g.
 * {@code asOf.day}; checked with {@link RealDateTime}. Which zone the result is in is the page's business.
 */
public class DateTimeInput {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private String day;
    private String month;
    private String year;
    private String time;

    public DateTimeInput() {
    }

    public DateTimeInput(String day, String month, String year, String time) {
        this.day = day;
        this.month = month;
        this.year = year;
        this.time = time;
    }

    /** True when nothing at all was typed. */
    public boolean isBlank() {
        return blank(day) && blank(month) && blank(year) && blank(time);
    }

    /**
     * What is wrong with what was typed, in GOV.UK's words ("Date and time must include a month"), or empty when it
     * is a real date and time, or nothing was typed.
     */
    public Optional<String> problem() {
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
        if (blank(time)) {
            missing.add("time");
        }
        if (!missing.isEmpty()) {
            return Optional.of("Date and time must include a " + String.join(" and a ", missing));
        }
        if (date().isEmpty()) {
            return Optional.of("Date must be a real date");
        }
        if (timeOfDay().isEmpty()) {
            return Optional.of("Time must be a real time in 24-hour form, for example 14:30");
        }
        return Optional.empty();
    }

    /** The date and time typed, when {@link #problem()} is empty and something was typed. */
    public Optional<LocalDateTime> value() {
        return date().flatMap(date -> timeOfDay().map(date::atTime));
    }

    private Optional<LocalDate> date() {
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

    private Optional<LocalTime> timeOfDay() {
        Matcher matcher = time == null ? null : TIME.matcher(time.strip());
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
        } catch (DateTimeException notARealTime) {
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

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
