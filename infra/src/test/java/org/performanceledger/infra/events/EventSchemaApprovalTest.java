package org.performanceledger.infra.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.performanceledger.events.Basis;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.Tolerance;
import org.performanceledger.events.ToleranceKind;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueState;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.events.YearBasis;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are forever: the JSON each event is stored as is approved against a checked-in file
 * ({@code src/test/resources/event-schemas/Name.rN.json}), so an accidental change of shape fails the build. A
 * deliberate change is a new {@code @Revision}, a new approved file, and an upcaster for the old one, except an
 * added optional field whose absence means null, which only re-approves the file (docs/adr/0013).
 * On a mismatch the JSON produced is written beside the approved file as {@code .received.json} for review.
 */
class EventSchemaApprovalTest {

    private static final Path APPROVED = Path.of("src/test/resources/event-schemas");
    private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json()
            .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JacksonSerializer SERIALIZER = JacksonSerializer.builder().objectMapper(MAPPER).build();
    /** Re-indents the stored JSON for reading, keeping every number exactly as written (7.20 stays 7.20). */
    private static final ObjectMapper PRETTY = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true)).build();

    private static final IndicatorDefinition DEFINITION = new IndicatorDefinition(
            "Working days lost per FTE due to sickness - excluding school staff", "Sickness absence",
            Polarity.MINIMISE, Basis.CUMULATIVE_YTD, "days", 2, Frequency.MONTHLY, YearBasis.FINANCIAL,
            "Strategic Services", "Head of HR", "Policy & Resources Scrutiny", "EXCELLENT", "2016-17", null);
    private static final MeasuredValue VALUE = MeasuredValue.of(new BigDecimal("6.18"));
    private static final MeasuredValue EARLIER = MeasuredValue.of(new BigDecimal("6.30"));
    private static final Target TARGET = new Target(TargetKind.NUMBER, new BigDecimal("7.20"), null, null, null);

    static List<Object> samples() {
        return List.of(
                new OrganisationRegistered("southend", "Southend-on-Sea Borough Council", 10),
                new IndicatorRegistered("southend", "CP 5.4", DEFINITION, null),
                new IndicatorAmended("southend", "CP 5.4", IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE),
                        DEFINITION, "Full definition from the 2018-19 corporate plan"),
                new IndicatorRecoded("southend", "CP 5.4", "CP 5.04", "Renumbered for 2019-20"),
                new IndicatorRetired("southend", "CP 5.4", "Dropped from the corporate plan"),
                new ComparatorRecorded("southend", "CP 5.4", new Comparator(ComparatorKind.ENGLAND_AVERAGE,
                        new BigDecimal("7.9"), "2017-18", "LGA Workforce Survey")),
                new TargetSet("southend", "CP 5.4", "2018-19", TARGET,
                        new Target(TargetKind.RANGE, null, new BigDecimal("57"), new BigDecimal("67"), null),
                        new Tolerance(ToleranceKind.RELATIVE_PERCENT, new BigDecimal("5.0")),
                        List.of(new PeriodTarget("2018-04", new BigDecimal("0.60"), null, null),
                                new PeriodTarget("2019-03", null, new BigDecimal("6"), new BigDecimal("8"))),
                        "Corporate plan", "Cabinet, 19 January 2017", "2018-04",
                        new Target(TargetKind.TBC, null, null, null, "Awaiting benchmarking")),
                new ValueRecorded("southend", "CP 5.4", "2018-19", "2019-01", VALUE, new BigDecimal("1234"),
                        new BigDecimal("199.7"), LocalDate.of(2019, 2, 10), true, LocalDate.of(2019, 1, 31)),
                new ValueCorrected("southend", "CP 5.4", "2018-19", "2019-01", VALUE, null, null, EARLIER,
                        "Payroll re-run", null),
                new ValueWithdrawn("southend", "CP 5.4", "2018-19", "2019-01",
                        new MeasuredValue(ValueState.TBC, null, "Awaiting payroll"), "Entered in error"),
                new OutturnRecorded("southend", "CP 5.4", "2018-19", OutturnKind.FINAL, VALUE, EARLIER,
                        "Year-end data"),
                new CommentaryDrafted("southend", "CP 5.4", "2018-19", "2019-01", "Above target by 0.36 days",
                        "Occupational Health workshops", "Expected to improve", 2),
                new ExpectedOutcomeDeclared("southend", "CP 5.4", "2018-19", "2019-01", ExpectedOutcome.AT_RISK,
                        ExpectedOutcome.SOME_SLIPPAGE),
                new ReportPublished("southend", "2019-01", "Cabinet", "Monthly Performance Report January 2019"),
                new StatusSchemeChosen("slough-childrens-trust", StatusScheme.FIVE_STATE, "Trust Board's RAG key"),
                new CorporateAimDescribed("southend", "SAFE", "A safe town", List.of(
                        "Create a safe environment across the town for residents, workers and visitors.",
                        "Work in partnership with Essex Police and other agencies to tackle crime.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void theStoredFormOfEveryEventIsApproved(Object event) throws IOException {
        SerializedObject<String> stored = SERIALIZER.serialize(event, String.class);
        String received = PRETTY.writerWithDefaultPrettyPrinter().writeValueAsString(PRETTY.readTree(stored.getData()))
                + "\n";
        Path approved = APPROVED.resolve(event.getClass().getSimpleName() + ".r" + stored.getType().getRevision()
                + ".json");
        if (!Files.exists(approved) || !Files.readString(approved).equals(received)) {
            Files.writeString(approved.resolveSibling(approved.getFileName() + ".received.json"), received);
        }
        assertThat(approved).as("approved JSON of %s (compare with the .received.json beside it)",
                event.getClass().getSimpleName()).exists();
        assertThat(Files.readString(approved)).isEqualTo(received);
        Object readBack = SERIALIZER.deserialize(stored);
        assertThat(readBack).as("reads back as it was").isEqualTo(event);
    }

    @Test
    void everyEventWithARevisionHasAnApprovedSample() {
        Set<String> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.performanceledger.events").stream()
                .filter(type -> type.isAnnotatedWith(Revision.class))
                .map(JavaClass::getSimpleName).collect(Collectors.toSet());
        Set<String> sampled = samples().stream().map(event -> event.getClass().getSimpleName())
                .collect(Collectors.toSet());

        assertThat(sampled).isEqualTo(events);
    }
}
