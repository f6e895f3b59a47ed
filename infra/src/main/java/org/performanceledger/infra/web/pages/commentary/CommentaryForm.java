package org.performanceledger.infra.web.pages.commentary;

import jakarta.validation.constraints.NotBlank;

/**
 * A draft of a period's commentary, in the report's three parts: the explanation of current performance (required),
 * the actions to improve it, and the anticipated future performance. Each draft is kept; the report shows the
 * latest.
 */
public class CommentaryForm {

    @NotBlank(message = "Enter the period")
    private String period;
    @NotBlank(message = "Enter the explanation of current performance")
    private String explanation;
    private String actions;
    private String anticipated;

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period == null ? null : period.strip();
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }

    public String getAnticipated() {
        return anticipated;
    }

    public void setAnticipated(String anticipated) {
        this.anticipated = anticipated;
    }
}
