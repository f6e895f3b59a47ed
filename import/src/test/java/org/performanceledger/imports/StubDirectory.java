package org.performanceledger.imports;

import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.OrganisationFacts;
import org.performanceledger.command.YearFacts;
import org.performanceledger.events.IndicatorDefinition;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A directory the test fills by hand. */
public final class StubDirectory implements LedgerDirectory {

    private final Map<String, OrganisationFacts> organisations = new HashMap<>();
    private final Map<String, IndicatorFacts> indicators = new HashMap<>();
    private final Map<String, YearFacts> years = new HashMap<>();

    public StubDirectory withOrganisation(String organisationId, int returnDueDays) {
        organisations.put(organisationId, new OrganisationFacts(organisationId, returnDueDays));
        return this;
    }

    public StubDirectory withIndicator(String organisationId, String code, IndicatorDefinition definition,
                                       boolean active) {
        indicators.put(organisationId + ":" + code, new IndicatorFacts(organisationId, code, definition, active));
        return this;
    }

    @Override
    public Optional<OrganisationFacts> organisation(String organisationId) {
        return Optional.ofNullable(organisations.get(organisationId));
    }

    public StubDirectory withYear(YearFacts year) {
        years.put(year.organisationId() + ":" + year.code() + ":" + year.year(), year);
        return this;
    }

    @Override
    public Optional<YearFacts> indicatorYear(String organisationId, String code, String year) {
        return Optional.ofNullable(years.get(organisationId + ":" + code + ":" + year));
    }

    @Override
    public Optional<IndicatorFacts> indicator(String organisationId, String code) {
        return Optional.ofNullable(indicators.get(organisationId + ":" + code));
    }
}
