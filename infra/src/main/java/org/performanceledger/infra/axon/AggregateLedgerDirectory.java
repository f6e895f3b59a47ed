package org.performanceledger.infra.axon;

import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.command.OrganisationFacts;
import org.performanceledger.command.YearFacts;
import org.performanceledger.command.year.IndicatorYear;
import org.performanceledger.command.year.IndicatorYearId;
import org.performanceledger.command.indicator.Indicator;
import org.performanceledger.command.indicator.IndicatorId;
import org.performanceledger.command.organisation.Organisation;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers the command side's questions about organisations and indicators from their aggregates, loaded from the
 * event store: as current as the store itself, never behind like a read model. Outside a command (the web layer
 * working out a period's year) it opens a unit of work of its own for the load.
 */
final class AggregateLedgerDirectory implements LedgerDirectory {

    private final Configuration axon;

    AggregateLedgerDirectory(Configuration axon) {
        this.axon = axon;
    }

    @Override
    public Optional<OrganisationFacts> organisation(String organisationId) {
        Repository<Organisation> organisations = axon.repository(Organisation.class);
        return load(() -> organisations.load(organisationId).invoke(Organisation::facts));
    }

    @Override
    public Optional<IndicatorFacts> indicator(String organisationId, String code) {
        Repository<Indicator> indicators = axon.repository(Indicator.class);
        return load(() -> indicators.load(IndicatorId.of(organisationId, code)).invoke(Indicator::facts));
    }

    @Override
    public Optional<YearFacts> indicatorYear(String organisationId, String code, String year) {
        Repository<IndicatorYear> years = axon.repository(IndicatorYear.class);
        return load(() -> years.load(IndicatorYearId.of(organisationId, code, year)).invoke(IndicatorYear::facts));
    }

    private static <T> Optional<T> load(Supplier<T> loader) {
        if (CurrentUnitOfWork.isStarted()) {
            try {
                return Optional.ofNullable(loader.get());
            } catch (AggregateNotFoundException notRegistered) {
                return Optional.empty();
            }
        }
        ResultMessage<T> result = DefaultUnitOfWork.startAndGet(null).executeWithResult(loader::get);
        if (!result.isExceptional()) {
            return Optional.ofNullable(result.getPayload());
        }
        if (result.exceptionResult() instanceof AggregateNotFoundException) {
            return Optional.empty();
        }
        throw result.exceptionResult() instanceof RuntimeException runtime ? runtime
                : new IllegalStateException(result.exceptionResult());
    }
}
