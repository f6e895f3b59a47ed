package org.performanceledger.infra.web.pages.values;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.performanceledger.events.OutturnKind;

/** Record a year's outturn: which year, estimated, final or revised, the value, and why. */
public class OutturnForm {

    @NotBlank(message = "Enter the year, like 2018-19")
    private String year;

    @NotNull(message = "Select whether the outturn is estimated, final or revised")
    private OutturnKind kind;

    @Valid
    private ValueInput value = new ValueInput();

    @NotBlank(message = "Enter the reason")
    private String reason;

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? null : year.strip();
    }

    public OutturnKind getKind() {
        return kind;
    }

    public void setKind(OutturnKind kind) {
        this.kind = kind;
    }

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
}
