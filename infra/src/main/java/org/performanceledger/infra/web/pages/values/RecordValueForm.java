package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Valid;
import org.performanceledger.infra.web.pages.forms.DateInput;
import org.performanceledger.infra.web.pages.forms.RealDate;
import jakarta.validation.constraints.NotBlank;

/** Record a period's value: the period, the value (or why there is none), and the date a source gave it. */
public class RecordValueForm {

    @NotBlank(message = "Enter the period")
    private String period;

    @Valid
    private ValueInput value = new ValueInput();

    @RealDate(name = "The source date")
    private DateInput sourceDate = new DateInput();

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period == null ? null : period.strip();
    }

    public ValueInput getValue() {
        return value;
    }

    public void setValue(ValueInput value) {
        this.value = value;
    }

    public DateInput getSourceDate() {
        return sourceDate;
    }

    public void setSourceDate(DateInput sourceDate) {
        this.sourceDate = sourceDate;
    }
}
