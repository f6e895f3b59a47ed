package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Valid;
import org.performanceledger.infra.web.pages.forms.DateInput;
import org.performanceledger.infra.web.pages.forms.RealDate;
import jakarta.validation.constraints.NotBlank;

/** Correct a period's value: the new value, why, and the date a source gave it. */
public class CorrectValueForm {

    @Valid
    private ValueInput value = new ValueInput();

    @NotBlank(message = "Enter the reason for the correction")
    private String reason;

    @RealDate(name = "The source date")
    private DateInput sourceDate = new DateInput();

    public ValueInput getValue() {
        return value;
    }

    public void setValue(ValueInput value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public DateInput getSourceDate() {
        return sourceDate;
    }

    public void setSourceDate(DateInput sourceDate) {
        this.sourceDate = sourceDate;
    }
}
