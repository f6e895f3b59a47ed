package org.performanceledger.application;

import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.OrganisationFacts;
import org.performanceledger.command.YearFacts;

import java.util.Optional;

/** A ledger directory in a test: every organisation asked for is registered, with nothing in it yet. */
public final class NewOrganisations implements LedgerDirectory {

    private final int returnDueDays;

    /** @param returnDueDays the organisations' days after a period's end for a return */
    public NewOrganisations(int returnDueDays) {
        this.returnDueDays = returnDueDays;
    }

    @Override
    public Optional<OrganisationFacts> organisation(String organisationId) {
        return Optional.of(new OrganisationFacts(organisationId, returnDueDays));
    }

    @Override
    public Optional<IndicatorFacts> indicator(String organisationId, String code) {
        return Optional.empty();
    }

    @Override
    public Optional<YearFacts> indicatorYear(String organisationId, String code, String year) {
        return Optional.empty();
    }
}
