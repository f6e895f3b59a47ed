package org.performanceledger.infra.web.pages.audit;

import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.infra.web.pages.forms.DateInput;
import org.springframework.validation.BindingResult;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.ZoneId;

/**
 * The filters of an audit trail as a GET form sends them, so that a filtered trail is a link: an indicator code, a
 * username, and the days recorded from and to (both included, UK time). Declared in the order the form shows them.
 */
public class TrailFilter {

    private String code;
    private String user;
    private DateInput from = new DateInput();
    private DateInput to = new DateInput();

    /** Adds a form error for each day that is not one, and for a range that ends before it begins. */
    void check(BindingResult result) {
        from.problem("From date").ifPresent(problem -> result.rejectValue("from", "day", problem));
        to.problem("To date").ifPresent(problem -> result.rejectValue("to", "day", problem));
        if (!result.hasErrors() && from.date().isPresent() && to.date().isPresent()
                && to.date().get().isBefore(from.date().get())) {
            result.rejectValue("to", "range", "To date must be the same as or after the from date");
        }
    }

    /** The application layer's filter: days become the instants their UK days begin, the last day included. */
    AuditTrail.Filter toFilter(ZoneId zone) {
        Instant start = from.date().map(day -> day.atStartOfDay(zone).toInstant()).orElse(null);
        Instant end = to.date().map(day -> day.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null);
        return new AuditTrail.Filter(blankAsNull(code), blankAsNull(user), start, end);
    }

    /** The same filters as query parameters of {@code path}, for the pages of a trail and its CSV download. */
    UriComponentsBuilder link(String path) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
        add(link, "code", code);
        add(link, "user", user);
        add(link, "from.day", from.getDay());
        add(link, "from.month", from.getMonth());
        add(link, "from.year", from.getYear());
        add(link, "to.day", to.getDay());
        add(link, "to.month", to.getMonth());
        add(link, "to.year", to.getYear());
        return link;
    }

    boolean isBlank() {
        return blankAsNull(code) == null && blankAsNull(user) == null && from.isBlank() && to.isBlank();
    }

    private static void add(UriComponentsBuilder link, String name, String value) {
        if (blankAsNull(value) != null) {
            link.queryParam(name, value.strip());
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public DateInput getFrom() {
        return from;
    }

    public void setFrom(DateInput from) {
        this.from = from;
    }

    public DateInput getTo() {
        return to;
    }

    public void setTo(DateInput to) {
        this.to = to;
    }
}
