package org.performanceledger.infra.web.pages.forms;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date and time: the {@link DateInput} boxes ({@code dateInput} with {@code withTime=true}) and the time as
 * {@code 14:30}, bound as {@code asOf.time}. Which zone the result is in is the page's business.
 */
public class DateTimeInput extends DateInput {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private String time;

    public DateTimeInput() {
    }

    public DateTimeInput(String day, String month, String year, String time) {
        super(day, month, year);
        this.time = time;
    }

    @Override
    public boolean isBlank() {
        return super.isBlank() && blank(time);
    }

    /**
     * What is wrong, in GOV.UK's words: "Date and time must include a month" (for the name "Date"), "Date must be a
     * real date", "Time must be a real time in 24-hour form"; empty when it is real, or nothing was typed.
     */
    @Override
    public Optional<String> problem(String name) {
        if (isBlank()) {
            return Optional.empty();
        }
        List<String> missing = missingParts();
        if (!missing.isEmpty()) {
            return Optional.of(name + " and time must include a " + String.join(" and a ", missing));
        }
        Optional<String> dateProblem = super.problem(name);
        if (dateProblem.isPresent()) {
            return dateProblem;
        }
        return timeOfDay().isPresent() ? Optional.empty()
                : Optional.of("Time must be a real time in 24-hour form, for example 14:30");
    }

    @Override
    protected List<String> missingParts() {
        List<String> missing = new ArrayList<>(super.missingParts());
        if (blank(time)) {
            missing.add("time");
        }
        return missing;
    }

    /** The date and time typed, when both are real. */
    public Optional<LocalDateTime> value() {
        return date().flatMap(date -> timeOfDay().map(date::atTime));
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

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
