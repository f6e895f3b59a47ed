package org.performanceledger.events;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerRejectionTest {

    @Test
    void aPeriodOfAnotherFrequencyIsRefusedInASentenceNamingTheIndicatorsFrequencyAndYear() {
        IndicatorDefinition annual = IndicatorDefinition.ofFields(Map.of("shortName", "Learners achieving",
                "polarity", Polarity.MAXIMISE, "frequency", Frequency.ANNUAL, "yearBasis", YearBasis.ACADEMIC));
        IndicatorDefinition quarterly = IndicatorDefinition.ofFields(Map.of("shortName", "Starts",
                "polarity", Polarity.MAXIMISE, "frequency", Frequency.QUARTERLY, "yearBasis", YearBasis.FINANCIAL));

        assertThat(LedgerRejection.periodNotOfIndicator("period", "2013-Q2", "E2", annual).getMessage())
                .isEqualTo("'2013-Q2' is not a period of indicator 'E2', an annual indicator of the academic year "
                        + "(September to August): its periods are years such as 2018-19");
        assertThat(LedgerRejection.periodNotOfIndicator("period", "2013-06", "E1", quarterly).getMessage())
                .isEqualTo("'2013-06' is not a period of indicator 'E1', a quarterly indicator of the financial "
                        + "year (April to March): its periods are calendar quarters such as 2019-Q3");
    }
}
