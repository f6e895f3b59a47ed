package org.performanceledger.infra.web.pages.audit;

import org.junit.jupiter.api.Test;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.infra.web.pages.forms.DateInput;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail's filter: days in UK time, both included; days that are not days; links that keep it. */
class TrailFilterTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Test
    void theDaysAreUkDaysAndTheLastDayIsIncluded() {
        TrailFilter filter = filter(" CP 4.3 ", "", day("1", "7", "2019"), day("31", "7", "2019"));

        AuditTrail.Filter asked = filter.toFilter(UK);

        assertThat(asked.code()).isEqualTo("CP 4.3");
        assertThat(asked.user()).as("blank is no filter").isNull();
        // British Summer Time: the UK day begins at 23:00 UTC the evening before.
        assertThat(asked.from()).isEqualTo(Instant.parse("2019-06-30T23:00:00Z"));
        assertThat(asked.to()).isEqualTo(Instant.parse("2019-07-31T23:00:00Z"));
    }

    @Test
    void aDayThatIsNotOneAndARangeThatEndsBeforeItBeginsAreNamed() {
        assertThat(problems(filter(null, null, day("31", "2", "2019"), day("", "3", "")))).containsExactly(
                "from: From date must be a real date", "to: To date must include a day and a year");
        assertThat(problems(filter(null, null, day("2", "3", "2019"), day("1", "3", "2019")))).containsExactly(
                "to: To date must be the same as or after the from date");
        assertThat(problems(filter(null, null, new DateInput(), day("1", "3", "2019")))).isEmpty();
    }

    @Test
    void theLinksOfItsPagesAndItsDownloadKeepTheFilter() {
        TrailFilter filter = filter("CP 4.3", "officer", day("1", "7", "2019"), new DateInput());

        assertThat(filter.link("/organisations/southend/audit.csv").build().encode().toUriString()).isEqualTo(
                "/organisations/southend/audit.csv?code=CP%204.3&user=officer&from.day=1&from.month=7&from.year=2019");
        Pagination pagination = Pagination.of(4, 50, 1_000, filter.link("/organisations/southend/audit"));
        assertThat(pagination.previous()).endsWith("&page=4");
        assertThat(pagination.next()).endsWith("&page=6");
        assertThat(pagination.items()).extracting(item -> item.ellipsis() ? "…" : item.current()
                ? "[" + item.number() + "]" : String.valueOf(item.number()))
                .containsExactly("1", "…", "4", "[5]", "6", "…", "20");
        assertThat(Pagination.of(0, 50, 50, filter.link("/a")).items()).as("one page: no pagination").isEmpty();
    }

    private static java.util.List<String> problems(TrailFilter filter) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(filter, "filter");
        filter.check(result);
        return result.getFieldErrors().stream()
                .map((FieldError error) -> error.getField() + ": " + error.getDefaultMessage()).toList();
    }

    private static TrailFilter filter(String code, String user, DateInput from, DateInput to) {
        TrailFilter filter = new TrailFilter();
        filter.setCode(code);
        filter.setUser(user);
        filter.setFrom(from);
        filter.setTo(to);
        return filter;
    }

    private static DateInput day(String day, String month, String year) {
        return new DateInput(day, month, year);
    }
}
