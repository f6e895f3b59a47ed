package org.performanceledger.infra.web.pages.commentary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.performanceledger.events.ExpectedOutcome;

/** The managing officer's judgement, as at a period, of how the year will end. */
public class ExpectedOutcomeForm {

    @NotBlank(message = "Enter the period")
    private String period;
    @NotNull(message = "Select the expected outcome")
    private ExpectedOutcome outcome;

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period == null ? null : period.strip();
    }

    public ExpectedOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ExpectedOutcome outcome) {
        this.outcome = outcome;
    }
}
