package org.performanceledger.command.indicator;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.LedgerErrorCode;

import java.util.ArrayList;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.performanceledger.command.Rejections.reject;
import static org.performanceledger.command.Rejections.require;

/**
 * An indicator's definition: one aggregate per organisation and code (docs/adr/0005).
 * Handlers check the rules and apply events; event sourcing handlers only assign state. The revision is the shape of
 * its snapshots: a snapshot of another revision is ignored and the aggregate replayed from its events.
 */
@Revision("2")
public class Indicator {

    @AggregateIdentifier
    private String indicatorId;
    private String organisationId;
    private String code;
    private IndicatorDefinition definition;
    private boolean active;
    private List<Comparator> comparators = new ArrayList<>();

    protected Indicator() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RegisterIndicator command, LedgerDirectory directory) {
        if (indicatorId != null) {
            throw reject(LedgerErrorCode.INDICATOR_ALREADY_REGISTERED, "code", "Indicator '" + command.code()
                    + "' is already registered in organisation '" + command.organisationId() + "'");
        }
        require(directory.organisation(command.organisationId()).isPresent(), LedgerErrorCode.ORGANISATION_NOT_FOUND,
                "organisationId", "No organisation '" + command.organisationId() + "' is registered");
        apply(new IndicatorRegistered(command.organisationId(), command.code(), command.definition().withDefaults(),
                null));
    }

    /** The first event of an indicator that continues an older code's history; see {@link IndicatorRecoding}. */
    static Indicator continuing(String organisationId, String newCode, String oldCode, IndicatorDefinition definition) {
        Indicator indicator = new Indicator();
        apply(new IndicatorRegistered(organisationId, newCode, definition, oldCode));
        return indicator;
    }

    @CommandHandler
    void handle(AmendIndicator command) {
        requireActive();
        IndicatorDefinition amended = command.applyTo(definition);
        require(!amended.equals(definition), LedgerErrorCode.NOTHING_CHANGED, null,
                "The amendment changes nothing in the definition of '" + code + "'");
        apply(new IndicatorAmended(organisationId, code, definition, amended, command.reason().strip()));
    }

    @CommandHandler
    void handle(RetireIndicator command) {
        requireActive();
        apply(new IndicatorRetired(organisationId, code, command.reason().strip()));
    }

    @CommandHandler
    void handle(RecordComparator command) {
        requireActive();
        apply(new ComparatorRecorded(organisationId, code,
                new Comparator(command.kind(), command.value(), command.period().strip(), command.source().strip())));
    }

    /** Closes this code and hands its definition to the new one. */
    IndicatorDefinition recodeTo(String newCode, String reason) {
        requireActive();
        apply(new IndicatorRecoded(organisationId, code, newCode, reason.strip()));
        return definition;
    }

    public IndicatorFacts facts() {
        return new IndicatorFacts(organisationId, code, definition, active, List.copyOf(comparators));
    }

    private void requireActive() {
        require(active, LedgerErrorCode.INDICATOR_RETIRED, "code",
                "Indicator '" + code + "' was retired or re-coded and takes no more changes");
    }

    @EventSourcingHandler
    void on(IndicatorRegistered event) {
        indicatorId = IndicatorId.of(event.organisationId(), event.code());
        organisationId = event.organisationId();
        code = event.code();
        definition = event.definition();
        active = true;
    }

    @EventSourcingHandler
    void on(IndicatorAmended event) {
        definition = event.amended();
    }

    @EventSourcingHandler
    void on(ComparatorRecorded event) {
        comparators.add(event.comparator());
    }

    @EventSourcingHandler
    void on(IndicatorRetired event) {
        active = false;
    }

    @EventSourcingHandler
    void on(IndicatorRecoded event) {
        active = false;
    }
}
