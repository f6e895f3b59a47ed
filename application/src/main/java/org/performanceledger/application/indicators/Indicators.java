package org.performanceledger.application.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RecodeIndicator;
import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.indicator.RetireIndicator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.IndicatorRegisterQuery;
import org.performanceledger.query.history.RegisterEntry;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorView;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The indicators an organisation tracks: registering, amending, retiring and re-coding them, and reading them. */
public class Indicators {

    /** A comparator as given: statistical neighbours, England average, floor standard or benchmark. */
    public record ComparatorEntry(@NotNull ComparatorKind kind, @NotNull BigDecimal value,
                                  @NotBlank @Size(max = 40) String period,
                                  @NotBlank @Size(max = LedgerRules.NAME_MAX) String source) {
    }

    private final Ledger ledger;
    private final Organisations organisations;

    public Indicators(Ledger ledger, Organisations organisations) {
        this.ledger = ledger;
        this.organisations = organisations;
    }

    public void register(Caller caller, String organisationId, String code, IndicatorDefinition definition) {
        String role = Action.DEFINE_INDICATORS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RegisterIndicator(organisationId, code, definition));
    }

    /** Changes the fields {@code change} gives (the rest null), for a reason. */
    public void amend(Caller caller, String organisationId, String code, IndicatorDefinition change, String reason) {
        String role = Action.DEFINE_INDICATORS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new AmendIndicator(organisationId, code, change, reason),
                () -> LedgerRejection.indicatorNotFound(organisationId, code));
    }

    public void retire(Caller caller, String organisationId, String code, String reason) {
        String role = Action.DEFINE_INDICATORS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RetireIndicator(organisationId, code, reason),
                () -> LedgerRejection.indicatorNotFound(organisationId, code));
    }

    public void recode(Caller caller, String organisationId, String code, String newCode, String reason) {
        String role = Action.DEFINE_INDICATORS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RecodeIndicator(organisationId, code, newCode, reason),
                () -> LedgerRejection.indicatorNotFound(organisationId, code));
    }

    public void recordComparator(Caller caller, String organisationId, String code, ComparatorEntry comparator) {
        String role = Action.DEFINE_INDICATORS.requireBy(caller.user(), organisationId);
        ledger.send(caller, role, new RecordComparator(organisationId, code, comparator.kind(), comparator.value(),
                comparator.period(), comparator.source()), () -> LedgerRejection.indicatorNotFound(organisationId, code));
    }

    /** The indicator as the register holds it now. */
    public IndicatorView find(Caller caller, String organisationId, String code) {
        Action.READ.requireBy(caller.user(), organisationId);
        return existing(organisationId, code);
    }

    /** The organisation's register, in code order, now or as the ledger knew it at {@code asOf}. */
    public List<RegisterEntry> register(Caller caller, String organisationId, Instant asOf) {
        Action.READ.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        return ledger.query(new IndicatorRegisterQuery(organisationId, asOf),
                ResponseTypes.multipleInstancesOf(RegisterEntry.class));
    }

    /** The indicator, or the refusal that its organisation or it is not registered. */
    public IndicatorView existing(String organisationId, String code) {
        Optional<IndicatorView> found = ledger.query(new FindIndicatorQuery(organisationId, code),
                ResponseTypes.optionalInstanceOf(IndicatorView.class));
        if (found.isPresent()) {
            return found.get();
        }
        organisations.existing(organisationId);
        throw LedgerRejection.indicatorNotFound(organisationId, code);
    }
}
