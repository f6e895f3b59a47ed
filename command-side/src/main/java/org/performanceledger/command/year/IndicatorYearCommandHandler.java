package org.performanceledger.command.year;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.performanceledger.command.LedgerDirectory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The door to every indicator's years. A command names an organisation, an indicator and a period (or a year); this
 * handler checks once that the organisation and the indicator exist and the indicator is still reported, works out
 * the year the period belongs to (the one place that happens), and hands the command to that year's aggregate with
 * what its rules need. Callers never load an aggregate to find out which year to address.
 */
public class IndicatorYearCommandHandler {

    private final Repository<IndicatorYear> years;

    public IndicatorYearCommandHandler(Repository<IndicatorYear> years) {
        this.years = years;
    }

    @CommandHandler
    void handle(RecordValue command, LedgerDirectory directory, Clock clock) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.yearOf("period", command.period());
        LocalDate today = LocalDate.now(clock);
        YearRules.begun(command.period(), scope.definition(), today);
        YearRules.sourceDate(command.sourceDate(), today);
        year(command, year).execute(aggregate -> aggregate.record(command, year, scope.definition(),
                scope.organisation().returnDueDays(), today));
    }

    @CommandHandler
    void handle(CorrectValue command, LedgerDirectory directory, Clock clock) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.yearOf("period", command.period());
        YearRules.sourceDate(command.sourceDate(), LocalDate.now(clock));
        year(command, year).execute(aggregate -> aggregate.correct(command, year, scope.definition()));
    }

    @CommandHandler
    void handle(WithdrawValue command, LedgerDirectory directory) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.yearOf("period", command.period());
        year(command, year).execute(aggregate -> aggregate.withdraw(command, year));
    }

    @CommandHandler
    void handle(SetTarget command, LedgerDirectory directory, Clock clock) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.year("year", command.year());
        YearRules.withinReach(year, LocalDate.now(clock));
        YearRules.completeTarget(command, scope.definition());
        year(command, year).execute(aggregate -> aggregate.setTarget(command));
    }

    @CommandHandler
    void handle(RecordOutturn command, LedgerDirectory directory) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.year("year", command.year());
        YearRules.completeValue("value", command.value(), scope.definition());
        year(command, year).execute(aggregate -> aggregate.recordOutturn(command));
    }

    @CommandHandler
    void handle(DraftCommentary command, LedgerDirectory directory) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.yearOf("period", command.period());
        year(command, year).execute(aggregate -> aggregate.draftCommentary(command, year));
    }

    @CommandHandler
    void handle(DeclareExpectedOutcome command, LedgerDirectory directory) throws Exception {
        YearRules.Scope scope = YearRules.scope(command.organisationId(), command.code(), directory);
        String year = scope.yearOf("period", command.period());
        year(command, year).execute(aggregate -> aggregate.declareExpectedOutcome(command, year));
    }

    private Aggregate<IndicatorYear> year(IndicatorYearCommand command, String year) throws Exception {
        return years.loadOrCreate(IndicatorYearId.of(command.organisationId(), command.code(), year),
                IndicatorYear::new);
    }
}
