package org.performanceledger.query.audit;

import org.junit.jupiter.api.Test;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerEvent;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditDescriptionsTest {

    /** Every concrete event of every sealed family, found from the families themselves. */
    static List<Class<?>> everyEventType() {
        List<Class<?>> types = new ArrayList<>();
        for (Class<?> family : LedgerEvent.class.getPermittedSubclasses()) {
            types.addAll(Arrays.asList(family.getPermittedSubclasses()));
        }
        return types;
    }

    @Test
    void everyKindOfEventHasADescriptionSayingWhatHappened() throws Exception {
        List<Class<?>> types = everyEventType();
        assertThat(types).hasSize(16);
        for (Class<?> type : types) {
            AuditDescriptions.Description description = AuditDescriptions.describe(sample(type));
            assertThat(description).as(type.getSimpleName()).isNotNull();
            assertThat(description.what()).as(type.getSimpleName()).isNotBlank();
            assertThat(description.organisationId()).as(type.getSimpleName()).isEqualTo("southend");
        }
    }

    @Test
    void anAmendmentIsDescribedFieldByFieldInWordsNeverAsJava() {
        IndicatorDefinition before = new IndicatorDefinition("Sickness", null, Polarity.MAXIMISE,
                Basis.CUMULATIVE_YTD, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL, null, null, null, null,
                null, null);
        IndicatorDefinition after = before.amendedBy(new IndicatorDefinition(null, null, Polarity.MINIMISE, null,
                null, null, null, null, null, null, null, null, null, null));

        AuditDescriptions.Description description = AuditDescriptions.describe(
                new IndicatorAmended("southend", "CP 5.4", before, after, "Lower is better"));

        assertThat(description.what()).isEqualTo("Indicator amended: Polarity: Aim to Maximise → Aim to Minimise");
        assertThat(description.before()).isEqualTo("Polarity: Aim to Maximise");
        assertThat(description.after()).isEqualTo("Polarity: Aim to Minimise");
        assertThat(description.why()).isEqualTo("Lower is better");
        assertThat(description.before() + description.after()).doesNotContain("IndicatorDefinition[");
    }

    @Test
    void aCorporateAimIsDescribedWithItsPrioritiesAndASchemeInWords() {
        AuditDescriptions.Description aim = AuditDescriptions.describe(new org.performanceledger.events
                .CorporateAimDescribed("southend", "SAFE", null, List.of("Create a safe environment.",
                "Tackle crime.")));
        assertThat(aim.what()).isEqualTo("Corporate aim SAFE described");
        assertThat(aim.after()).isEqualTo("Priorities: Create a safe environment. • Tackle crime.");

        AuditDescriptions.Description scheme = AuditDescriptions.describe(new org.performanceledger.events
                .StatusSchemeChosen("slough", org.performanceledger.events.StatusScheme.FIVE_STATE, "Board key"));
        assertThat(scheme.after()).isEqualTo("Red, amber, yellow, green and TBC");
        assertThat(scheme.why()).isEqualTo("Board key");
    }

    @Test
    void anythingThatIsNotALedgerEventHasNoDescription() {
        assertThat(AuditDescriptions.describe("not an event")).isNull();
    }

    /** An instance of an event record with plausible values in every component. */
    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = sampleOf(components[i].getType(), components[i].getName());
        }
        Constructor<?> canonical = type.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return canonical.newInstance(values);
    }

    private static Object sampleOf(Class<?> type, String name) throws Exception {
        if (type == String.class) {
            return name.equals("organisationId") ? "southend" : name.equals("year") ? "2018-19"
                    : name.equals("period") ? "2019-01" : "some " + name;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class) {
            return false;
        }
        if (type == BigDecimal.class) {
            return BigDecimal.TEN;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2019, 2, 10);
        }
        if (type == List.class) {
            return List.of();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("No sample for " + type);
    }
}
