package org.performanceledger.infra.web.pages.indicators;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.util.Objects;

/**
 * An indicator's definition as a form takes it, every field of {@link IndicatorDefinition} (and the code, to
 * register one; the reason, to amend one). Registering needs a code, a short name and a polarity; amending needs
 * a reason, and sends only the fields that differ from the definition in force (a field left empty is not
 * changed). The ledger's own rules (lengths, the year introduced's form) come back as refusals.
 */
public class DefinitionForm {

    /** The checks of a registration. */
    public interface Registration {
    }

    /** The checks of an amendment. */
    public interface Amendment {
    }

    @NotBlank(groups = Registration.class, message = "Enter the code")
    private String code;
    @NotBlank(groups = Registration.class, message = "Enter the short name")
    private String shortName;
    private String description;
    @NotNull(groups = Registration.class, message = "Select the polarity")
    private Polarity polarity;
    private Basis basis;
    private String unit;
    @Pattern(groups = {Registration.class, Amendment.class}, regexp = "\\s*\\d{0,2}\\s*",
            message = "Decimal places must be a whole number, like 2")
    private String decimalPlaces;
    private Frequency frequency;
    private YearBasis yearBasis;
    private String responsibleUnit;
    private String managedBy;
    private String scrutinyCommittee;
    private String corporateAim;
    private String yearIntroduced;
    private String externalReference;
    @NotBlank(groups = Amendment.class, message = "Enter the reason for the change")
    private String reason;

    /** A new indicator: measured monthly, in financial years, unless the form says otherwise. */
    static DefinitionForm forRegistration() {
        DefinitionForm form = new DefinitionForm();
        form.frequency = Frequency.MONTHLY;
        form.yearBasis = YearBasis.FINANCIAL;
        return form;
    }

    /** The definition in force, to amend. */
    static DefinitionForm of(IndicatorDefinition definition) {
        DefinitionForm form = new DefinitionForm();
        form.shortName = definition.shortName();
        form.description = definition.description();
        form.polarity = definition.polarity();
        form.basis = definition.basis();
        form.unit = definition.unit();
        form.decimalPlaces = definition.decimalPlaces() == null ? null : definition.decimalPlaces().toString();
        form.frequency = definition.frequency();
        form.yearBasis = definition.yearBasis();
        form.responsibleUnit = definition.responsibleUnit();
        form.managedBy = definition.managedBy();
        form.scrutinyCommittee = definition.scrutinyCommittee();
        form.corporateAim = definition.corporateAim();
        form.yearIntroduced = definition.yearIntroduced();
        form.externalReference = definition.externalReference();
        return form;
    }

    /** The definition the form gives; an empty field is none. */
    IndicatorDefinition toDefinition() {
        return new IndicatorDefinition(text(shortName), text(description), polarity, basis, text(unit),
                text(decimalPlaces) == null ? null : Integer.valueOf(decimalPlaces.strip()), frequency, yearBasis,
                text(responsibleUnit), text(managedBy), text(scrutinyCommittee), text(corporateAim),
                text(yearIntroduced), text(externalReference));
    }

    /** The fields that differ from {@code current}, the rest null: what an amendment sends. */
    IndicatorDefinition changesFrom(IndicatorDefinition current) {
        IndicatorDefinition given = toDefinition();
        return new IndicatorDefinition(changed(given.shortName(), current.shortName()),
                changed(given.description(), current.description()), changed(given.polarity(), current.polarity()),
                changed(given.basis(), current.basis()), changed(given.unit(), current.unit()),
                changed(given.decimalPlaces(), current.decimalPlaces()),
                changed(given.frequency(), current.frequency()), changed(given.yearBasis(), current.yearBasis()),
                changed(given.responsibleUnit(), current.responsibleUnit()),
                changed(given.managedBy(), current.managedBy()),
                changed(given.scrutinyCommittee(), current.scrutinyCommittee()),
                changed(given.corporateAim(), current.corporateAim()),
                changed(given.yearIntroduced(), current.yearIntroduced()),
                changed(given.externalReference(), current.externalReference()));
    }

    private static <T> T changed(T given, T current) {
        return given == null || Objects.equals(given, current) ? null : given;
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.strip();
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity polarity) {
        this.polarity = polarity;
    }

    public Basis getBasis() {
        return basis;
    }

    public void setBasis(Basis basis) {
        this.basis = basis;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getDecimalPlaces() {
        return decimalPlaces;
    }

    public void setDecimalPlaces(String decimalPlaces) {
        this.decimalPlaces = decimalPlaces;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public YearBasis getYearBasis() {
        return yearBasis;
    }

    public void setYearBasis(YearBasis yearBasis) {
        this.yearBasis = yearBasis;
    }

    public String getResponsibleUnit() {
        return responsibleUnit;
    }

    public void setResponsibleUnit(String responsibleUnit) {
        this.responsibleUnit = responsibleUnit;
    }

    public String getManagedBy() {
        return managedBy;
    }

    public void setManagedBy(String managedBy) {
        this.managedBy = managedBy;
    }

    public String getScrutinyCommittee() {
        return scrutinyCommittee;
    }

    public void setScrutinyCommittee(String scrutinyCommittee) {
        this.scrutinyCommittee = scrutinyCommittee;
    }

    public String getCorporateAim() {
        return corporateAim;
    }

    public void setCorporateAim(String corporateAim) {
        this.corporateAim = corporateAim;
    }

    public String getYearIntroduced() {
        return yearIntroduced;
    }

    public void setYearIntroduced(String yearIntroduced) {
        this.yearIntroduced = yearIntroduced;
    }

    public String getExternalReference() {
        return externalReference;
    }

    public void setExternalReference(String externalReference) {
        this.externalReference = externalReference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
