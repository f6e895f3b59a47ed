package org.performanceledger.infra.web;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.performanceledger.command.IndicatorFacts;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.events.Periods;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;
import org.springframework.stereotype.Component;

/**
 * What every write endpoint does: send one command and wait for it, carrying the client's idempotency key; and,
 * for paths that name a period, work out the year it belongs to from the indicator's frequency and year basis.
 */
@Component
class CommandSender {

    private final CommandGateway commands;
    private final LedgerDirectory directory;

    CommandSender(CommandGateway commands, LedgerDirectory directory) {
        this.commands = commands;
        this.directory = directory;
    }

    void send(Object command, String idempotencyKey) {
        MetaData metaData = idempotencyKey == null || idempotencyKey.isBlank()
                ? MetaData.emptyInstance() : MetaData.with(ProvenanceKeys.IDEMPOTENCY_KEY, idempotencyKey);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }

    IndicatorFacts indicator(String organisationId, String code) {
        return directory.indicator(organisationId, code).orElseThrow(() -> new LedgerRejection(
                LedgerErrorCode.INDICATOR_NOT_FOUND, "code",
                "No indicator '" + code + "' is registered in organisation '" + organisationId + "'"));
    }

    void requireOrganisation(String organisationId) {
        if (directory.organisation(organisationId).isEmpty()) {
            throw new LedgerRejection(LedgerErrorCode.ORGANISATION_NOT_FOUND, "organisationId",
                    "No organisation '" + organisationId + "' is registered");
        }
    }

    /** The year a period of this indicator belongs to, or a refusal naming the period. */
    String yearOf(String organisationId, String code, String period) {
        IndicatorFacts facts = indicator(organisationId, code);
        return Periods.yearOf(period, facts.definition().frequency(), facts.definition().yearBasis())
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.PERIOD_NOT_IN_YEAR, "period",
                        "'" + period + "' is not a " + facts.definition().frequency().name().toLowerCase()
                                + " period (months are 2019-01, quarters 2019-Q3, terms 2018-19-T2, years 2018-19)"));
    }
}
