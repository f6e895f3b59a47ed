package org.performanceledger.infra.web.pages;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record and correct forms' value fields: each reason box (TBC, not applicable, not yet available) has a hint
 * of its own, never the hint of the value's fieldset ("A number, or why there is none"), which a fragment
 * parameter left out would pick up from the fragment calling it.
 */
class ValueFormHintsTest extends RunningLedger {

    private static final String INDICATOR = "/organisations/southend/indicators/CP%204.3";
    private static final List<String> REASONS = List.of("value.tbcReason", "value.notApplicableReason",
            "value.notYetAvailableReason");

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
    @ValueSource(strings = {"/values/record?period=2019-02", "/values/2019-01/correct"})
    void eachReasonBoxHasItsOwnHint(String form) throws Exception {
        SignedInSession officer = SignedInSession.of(baseUrl(), "officer", "demo");
        HttpResponse<String> answer = officer.get(INDICATOR + form);
        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());

        String valueHint = page.getElementById("value.state-hint").text();
        assertThat(valueHint).isEqualTo("A number, or why there is none");
        List<String> reasonHints = REASONS.stream().map(field -> {
            Element box = page.getElementById(field);
            assertThat(box).as(field).isNotNull();
            assertThat(box.attr("aria-describedby")).as(field + " is described by its own hint")
                    .isEqualTo(field + "-hint");
            return page.getElementById(field + "-hint").text();
        }).toList();
        assertThat(reasonHints).as("a hint each, none the fieldset's").doesNotContain(valueHint)
                .doesNotHaveDuplicates().allSatisfy(hint -> assertThat(hint).startsWith("For example, "));
    }
}
