package org.performanceledger.infra.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address edited by hand, with a parameter the page cannot take, answers a browser with the GOV.UK 400 page
 * naming the parameter, what was given and what it accepts: never a text/plain line or Spring's own words.
 */
class EditedAddressesTest extends RunningLedger {

    @Autowired
    private Organisations organisations;
    @Autowired
    private Imports imports;
    @Autowired
    private Indicators indicators;

    @BeforeEach
    void southend() {
        DemoOrganisations.southend(organisations, imports, indicators, views);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/organisations/southend/reports/2019-01.csv?section=4 | The address gives section=4. The section must "
                    + "be 1, 2 or 3.",
            "/organisations/southend/reports/2019-01.csv?publication=x | The address gives publication=x. "
                    + "Publication must be a number, such as 1.",
            "/organisations/southend/reports/2019-01.pdf?changes=first | The address gives changes=first. The "
                    + "publication to compare with must be a number, such as 1.",
            "/organisations/southend/reports/2019-01.xlsx?asOf=garbage | The address gives asOf=garbage. A moment "
                    + "is given as asOf.day, asOf.month, asOf.year and asOf.time (UK time), for example "
                    + "asOf.day=22&asOf.month=2&asOf.year=2019&asOf.time=10:31.",
            "/organisations/southend/reports/2019-01?asOf=2019-02-22T10:31:00Z | The address gives "
                    + "asOf=2019-02-22T10:31:00Z. A moment is given as asOf.day, asOf.month, asOf.year and asOf.time "
                    + "(UK time), for example asOf.day=22&asOf.month=2&asOf.year=2019&asOf.time=10:31.",
            "/test-pages/number?value=twelve | The address gives value=twelve. The value must be a whole number, "
                    + "such as 12.",
            "/test-pages/number | The address gives no value. The page needs value, a whole number, such as 12."})
    void aBrowserGetsThe400PageNamingTheParameter(String address, String says) throws Exception {
        SignedInSession scrutiny = SignedInSession.of(baseUrl(), "scrutiny", "demo");

        HttpResponse<String> answer = scrutiny.get(address);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select("h1").text()).isEqualTo("There is a problem with that request");
        assertThat(page.select("main").text()).contains(says).doesNotContain("Failed to convert");
    }
}
