package org.performanceledger.command.indicator;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerErrorCode;

import static org.performanceledger.command.Rejections.require;

/**
 * Re-coding touches two indicators in one unit of work: the old code records where it went, the new code starts
 * with the same definition and a link back. Both are stored together or not at all.
 */
public class IndicatorRecoding {

    private final Repository<Indicator> indicators;

    public IndicatorRecoding(Repository<Indicator> indicators) {
        this.indicators = indicators;
    }

    @CommandHandler
    void handle(RecodeIndicator command, LedgerDirectory directory) throws Exception {
        require(directory.indicator(command.organisationId(), command.newCode()).isEmpty(),
                LedgerErrorCode.INDICATOR_ALREADY_REGISTERED, "newCode", "Indicator '" + command.newCode()
                        + "' is already registered in organisation '" + command.organisationId() + "'");
        IndicatorDefinition definition = indicators.load(IndicatorId.of(command.organisationId(), command.code()))
                .invoke(old -> old.recodeTo(command.newCode(), command.reason()));
        indicators.newInstance(() -> Indicator.continuing(command.organisationId(), command.newCode(),
                command.code(), definition));
    }
}
