package org.performanceledger.infra.web.pages.targets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.performanceledger.application.years.IndicatorYears.TargetSetting;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.infra.web.pages.values.ValueInput;
import org.performanceledger.query.history.IndicatorYearHistory.TargetVersion;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Set a year's target: its kind (a number, a range, words, or to be confirmed) revealing its own fields, an optional
 * stretch target, a tolerance (none, in the indicator's unit, or a percentage of the target), an optional profile of
 * per-period targets, the first period it applies to, the authority and the reason. Checked with
 * {@link CompleteTarget}; the ledger's own rules (percentages, ranges, a cumulative profile ending at the target)
 * come back as refusals.
 */
@CompleteTarget
public class TargetForm {

    /** No tolerance: every period worse than target is red. */
    static final String NO_TOLERANCE = "NONE";

    @NotBlank(message = "Enter the year, like 2019-20")
    private String year;
    @NotNull(message = "Select the kind of target")
    private TargetKind kind;
    private String number;
    private String lower;
    private String upper;
    private String text;
    private String tbcNote;
    private String stretch;
    private String toleranceKind = NO_TOLERANCE;
    private String toleranceAbsolute;
    private String tolerancePercent;
    private String profile;
    @NotBlank(message = "Enter the first period the target applies to")
    private String effectiveFrom;
    @NotBlank(message = "Enter who agreed the target")
    private String authority;
    @NotBlank(message = "Enter the reason")
    private String reason;

    /** The form filled in with a target already set, to change it. */
    static TargetForm of(String year, TargetVersion current) {
        TargetForm form = new TargetForm();
        form.year = year;
        Target target = current.target();
        form.kind = target.kind();
        switch (target.kind()) {
            case NUMBER -> form.number = target.number().toPlainString();
            case RANGE -> {
                form.lower = target.lower().toPlainString();
                form.upper = target.upper().toPlainString();
            }
            case TEXT -> form.text = target.text();
            case TBC -> form.tbcNote = target.text();
        }
        if (current.stretchTarget() != null && current.stretchTarget().number() != null) {
            form.stretch = current.stretchTarget().number().toPlainString();
        }
        if (current.tolerance() != null && current.tolerance().kind() != null) {
            form.toleranceKind = current.tolerance().kind().name();
            String amount = current.tolerance().amount().toPlainString();
            if (current.tolerance().kind() == ToleranceKind.ABSOLUTE) {
                form.toleranceAbsolute = amount;
            } else {
                form.tolerancePercent = amount;
            }
        }
        form.profile = current.profile() == null ? null : current.profile().stream().map(ProfileLines::line)
                .collect(Collectors.joining("\n"));
        form.effectiveFrom = current.effectiveFrom();
        form.authority = current.authority();
        return form;
    }

    /** What the ledger is asked to set, once {@link CompleteTarget} holds. */
    TargetSetting toSetting() {
        Target target = switch (kind) {
            case NUMBER -> Target.number(number(number));
            case RANGE -> new Target(TargetKind.RANGE, null, number(lower), number(upper), null);
            case TEXT -> new Target(TargetKind.TEXT, null, null, null, text.strip());
            case TBC -> new Target(TargetKind.TBC, null, null, null, blank(tbcNote) ? null : tbcNote.strip());
        };
        Target stretchTarget = blank(stretch) ? null : Target.number(number(stretch));
        Tolerance tolerance = switch (toleranceKind == null ? NO_TOLERANCE : toleranceKind) {
            case "ABSOLUTE" -> new Tolerance(ToleranceKind.ABSOLUTE, number(toleranceAbsolute));
            case "RELATIVE_PERCENT" -> new Tolerance(ToleranceKind.RELATIVE_PERCENT, number(tolerancePercent));
            default -> null;
        };
        List<PeriodTarget> entries = ProfileLines.parse(profile).entries();
        return new TargetSetting(target, stretchTarget, tolerance, entries.isEmpty() ? null : entries, reason,
                authority, effectiveFrom);
    }

    private static BigDecimal number(String typed) {
        return ValueInput.parse(typed).orElseThrow();
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year == null ? null : year.strip();
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getLower() {
        return lower;
    }

    public void setLower(String lower) {
        this.lower = lower;
    }

    public String getUpper() {
        return upper;
    }

    public void setUpper(String upper) {
        this.upper = upper;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTbcNote() {
        return tbcNote;
    }

    public void setTbcNote(String tbcNote) {
        this.tbcNote = tbcNote;
    }

    public String getStretch() {
        return stretch;
    }

    public void setStretch(String stretch) {
        this.stretch = stretch;
    }

    public String getToleranceKind() {
        return toleranceKind;
    }

    public void setToleranceKind(String toleranceKind) {
        this.toleranceKind = toleranceKind;
    }

    public String getToleranceAbsolute() {
        return toleranceAbsolute;
    }

    public void setToleranceAbsolute(String toleranceAbsolute) {
        this.toleranceAbsolute = toleranceAbsolute;
    }

    public String getTolerancePercent() {
        return tolerancePercent;
    }

    public void setTolerancePercent(String tolerancePercent) {
        this.tolerancePercent = tolerancePercent;
    }

    public String getProfile() {
        return profile;
    }

    public void setProfile(String profile) {
        this.profile = profile;
    }

    public String getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(String effectiveFrom) {
        this.effectiveFrom = effectiveFrom == null ? null : effectiveFrom.strip();
    }

    public String getAuthority() {
        return authority;
    }

    public void setAuthority(String authority) {
        this.authority = authority;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
