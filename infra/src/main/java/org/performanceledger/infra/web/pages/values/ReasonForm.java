package org.performanceledger.infra.web.pages.values;

import jakarta.validation.constraints.NotBlank;

/** Withdraw a period's value: why. */
public class ReasonForm {

    @NotBlank(message = "Enter the reason for withdrawing the value")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
