package org.performanceledger.infra.web.pages.reports;

import jakarta.validation.constraints.Pattern;
import org.performanceledger.infra.web.pages.forms.DateTimeInput;
import org.performanceledger.infra.web.pages.forms.RealDate;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What the report page is asked to show, from its address (a GET form, so any view of a report is a link): as of
 * a moment ({@code asOf.day}, {@code .month}, {@code .year}, {@code .time}, UK time) and judged against today's
 * targets ({@code targets=today}); or as its n-th publication issued it ({@code publication=n}); or as now, with
 * what changed since its n-th publication ({@code changes=n}). The downloads take the same address.
 */
public class ReportRequest {

    static final String NUMBER_RULE = "\\d{1,6}";

    @RealDate
    private DateTimeInput asOf = new DateTimeInput();
    private String targets;
    @Pattern(regexp = NUMBER_RULE, message = "Publication must be a number, such as 1")
    private String publication;
    @Pattern(regexp = NUMBER_RULE, message = "The publication to compare with must be a number, such as 1")
    private String changes;

    /** The moment asked for, in the ledger's zone; null for now. */
    public Instant moment(ZoneId zone) {
        return asOf == null || asOf.isBlank() ? null
                : asOf.value().map(at -> at.atZone(zone).toInstant()).orElse(null);
    }

    public boolean judgedAgainstToday() {
        return "today".equals(targets);
    }

    public Integer publicationNumber() {
        return number(publication);
    }

    public Integer changesSince() {
        return number(changes);
    }

    /** True when the report is shown as it is now, against the targets of now. */
    public boolean now() {
        return publicationNumber() == null && changesSince() == null && (asOf == null || asOf.isBlank())
                && !judgedAgainstToday();
    }

    /** The query string that asks for the same view (with a leading "?"), or "" for none. */
    public String query() {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        if (asOf != null && !asOf.isBlank()) {
            query.queryParam("asOf.day", blank(asOf.getDay())).queryParam("asOf.month", blank(asOf.getMonth()))
                    .queryParam("asOf.year", blank(asOf.getYear())).queryParam("asOf.time", blank(asOf.getTime()));
        }
        if (judgedAgainstToday()) {
            query.queryParam("targets", "today");
        }
        if (publicationNumber() != null) {
            query.queryParam("publication", publicationNumber());
        }
        if (changesSince() != null) {
            query.queryParam("changes", changesSince());
        }
        return query.build().encode().toUriString();
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private static Integer number(String text) {
        return text == null || !text.strip().matches(NUMBER_RULE) ? null : Integer.valueOf(text.strip());
    }

    public DateTimeInput getAsOf() {
        return asOf;
    }

    public void setAsOf(DateTimeInput asOf) {
        this.asOf = asOf;
    }

    public String getTargets() {
        return targets;
    }

    public void setTargets(String targets) {
        this.targets = targets;
    }

    public String getPublication() {
        return publication;
    }

    public void setPublication(String publication) {
        this.publication = publication;
    }

    public String getChanges() {
        return changes;
    }

    public void setChanges(String changes) {
        this.changes = changes;
    }
}
