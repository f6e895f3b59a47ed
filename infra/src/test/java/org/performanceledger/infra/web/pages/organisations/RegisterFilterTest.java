package org.performanceledger.infra.web.pages.organisations;

import org.junit.jupiter.api.Test;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.RegisterEntry;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's filters and search: each narrows the register, together they all apply. */
class RegisterFilterTest {

    private static RegisterEntry entry(String code, String name, String aim, String unit, Frequency frequency,
                                       String status) {
        return new RegisterEntry(code, new IndicatorDefinition(name, null, Polarity.MAXIMISE, null, null, null,
                frequency, YearBasis.FINANCIAL, unit, null, null, aim, null, null), status, Instant.EPOCH);
    }

    private static final List<RegisterEntry> REGISTER = List.of(
            entry("CP 1.1", "Children subject to a plan", "SAFE", "Department for People", Frequency.MONTHLY,
                    "ACTIVE"),
            entry("CP 5.4", "Working days lost to sickness", "EXCELLENT", "Strategic Services", Frequency.MONTHLY,
                    "ACTIVE"),
            entry("E12", "Apprenticeship starts", "PROSPEROUS", null, Frequency.QUARTERLY, "RETIRED"));

    private static List<String> codes(RegisterFilter filter) {
        return filter.apply(REGISTER).stream().map(RegisterEntry::code).toList();
    }

    @Test
    void anEmptyFilterLetsEverythingThrough() {
        RegisterFilter filter = new RegisterFilter();
        filter.setQ("  ");

        assertThat(codes(filter)).containsExactly("CP 1.1", "CP 5.4", "E12");
        assertThat(filter.isActive()).isFalse();
    }

    @Test
    void theSearchMatchesTheCodeOrTheShortNameWhateverTheCase() {
        RegisterFilter filter = new RegisterFilter();
        filter.setQ("SICKNESS");
        assertThat(codes(filter)).containsExactly("CP 5.4");

        filter.setQ("cp ");
        assertThat(codes(filter)).containsExactly("CP 1.1", "CP 5.4");
        assertThat(filter.isActive()).isTrue();
    }

    @Test
    void eachFilterNarrowsAndTogetherTheyAllApply() {
        RegisterFilter filter = new RegisterFilter();
        filter.setFrequency("MONTHLY");
        assertThat(codes(filter)).containsExactly("CP 1.1", "CP 5.4");

        filter.setUnit("Strategic Services");
        assertThat(codes(filter)).containsExactly("CP 5.4");

        filter.setAim("SAFE");
        assertThat(codes(filter)).isEmpty();

        RegisterFilter retired = new RegisterFilter();
        retired.setStatus("RETIRED");
        assertThat(codes(retired)).containsExactly("E12");
    }

    @Test
    void theChoicesAreWhatTheRegisterHoldsAfterOneForAll() {
        assertThat(RegisterFilter.aims(REGISTER)).containsExactly(
                java.util.Map.entry("", "All corporate aims"), java.util.Map.entry("EXCELLENT", "EXCELLENT"),
                java.util.Map.entry("PROSPEROUS", "PROSPEROUS"), java.util.Map.entry("SAFE", "SAFE"));
        assertThat(RegisterFilter.units(REGISTER)).containsOnlyKeys("", "Department for People",
                "Strategic Services");
        assertThat(RegisterFilter.frequencies(REGISTER)).containsExactly(
                java.util.Map.entry("", "All frequencies"), java.util.Map.entry("MONTHLY", "Monthly"),
                java.util.Map.entry("QUARTERLY", "Quarterly"));
        assertThat(RegisterFilter.statuses(REGISTER, status -> status.toLowerCase())).containsExactly(
                java.util.Map.entry("", "All statuses"), java.util.Map.entry("ACTIVE", "active"),
                java.util.Map.entry("RETIRED", "retired"));
    }
}
