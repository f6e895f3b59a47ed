package org.performanceledger.infra.web.pages.targets;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.years.IndicatorYears.TargetSetting;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The target form: what it asks the ledger to set, and what it refuses before asking. */
class TargetFormTest {

    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static TargetForm complete() {
        TargetForm form = new TargetForm();
        form.setYear("2019-20");
        form.setKind(TargetKind.NUMBER);
        form.setNumber("7.0");
        form.setEffectiveFrom("2019-04");
        form.setAuthority("Cabinet");
        form.setReason("Corporate plan");
        return form;
    }

    private static Map<String, String> problems(TargetForm form) {
        return VALIDATOR.validate(form).stream().collect(Collectors.toMap(
                violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void aNumberWithARelativeToleranceAndAProfileBecomesTheLedgersTarget() {
        TargetForm form = complete();
        form.setStretch("6.5");
        form.setToleranceKind("RELATIVE_PERCENT");
        form.setTolerancePercent("5");
        form.setToleranceAbsolute("99");
        form.setProfile("2019-04 0.51\n\n2019-05: 1,100\n2019-06 10 to 20\n2019-07 none");

        assertThat(problems(form)).isEmpty();
        TargetSetting setting = form.toSetting();
        assertThat(setting.target().words()).isEqualTo("7.0");
        assertThat(setting.stretchTarget().number()).isEqualByComparingTo("6.5");
        assertThat(Tolerance.same(setting.tolerance(), new Tolerance(ToleranceKind.RELATIVE_PERCENT,
                BigDecimal.valueOf(5)))).as("the chosen tolerance's amount, not the other").isTrue();
        assertThat(setting.profile()).usingElementComparator((a, b) -> a.sameAs(b) ? 0 : 1).containsExactly(
                new PeriodTarget("2019-04", new BigDecimal("0.51"), null, null),
                new PeriodTarget("2019-05", new BigDecimal("1100"), null, null),
                new PeriodTarget("2019-06", null, BigDecimal.TEN, new BigDecimal("20")),
                new PeriodTarget("2019-07", null, null, null));
        assertThat(setting.effectiveFrom()).isEqualTo("2019-04");
    }

    @Test
    void eachKindOfTargetNeedsItsOwnFieldsAndNumbersMustBeNumbers() {
        TargetForm range = complete();
        range.setKind(TargetKind.RANGE);
        range.setLower("57");
        assertThat(problems(range)).containsExactly(Map.entry("upper", "Enter the upper end of the range"));

        TargetForm words = complete();
        words.setKind(TargetKind.TEXT);
        assertThat(problems(words)).containsExactly(Map.entry("text", "Enter the target in words"));

        TargetForm notANumber = complete();
        notANumber.setNumber("seven");
        notANumber.setStretch("6 or so");
        notANumber.setToleranceKind("ABSOLUTE");
        assertThat(problems(notANumber)).containsOnly(
                Map.entry("number", "The target must be a number, like 6.18"),
                Map.entry("stretch", "The stretch target must be a number, like 6.18"),
                Map.entry("toleranceAbsolute", "Enter the tolerance"));

        TargetForm tbc = complete();
        tbc.setKind(TargetKind.TBC);
        tbc.setNumber(null);
        assertThat(problems(tbc)).isEmpty();
        assertThat(tbc.toSetting().target().kind()).isEqualTo(TargetKind.TBC);
    }

    @Test
    void aProfileLineThatCannotBeReadIsNamedByItsNumber() {
        TargetForm form = complete();
        form.setProfile("2019-04 0.51\n2019-05 a lot");

        assertThat(problems(form)).containsExactly(Map.entry("profile", "Line 2 of the profile must be a period "
                + "and its target, like 2018-04 0.51, or an expected range, like 2018-04 10 to 20"));
    }
}
