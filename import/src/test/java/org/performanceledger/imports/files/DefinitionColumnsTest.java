package org.performanceledger.imports.files;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Label;
import org.performanceledger.events.LabelledField;
import org.performanceledger.events.YearBasis;
import org.performanceledger.imports.ImportPlanner;
import org.performanceledger.imports.StubDirectory;
import org.performanceledger.imports.cells.CellException;
import org.performanceledger.imports.cells.Choices;
import org.performanceledger.imports.plan.ImportPlan;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every field of an indicator's definition comes in through an import: from a column headed by its label, read by its
 * type, and the indicators template has that column. The tests walk the definition's own record components, so a
 * field added to {@link IndicatorDefinition} is covered as it is added, or they fail saying which.
 */
class DefinitionColumnsTest {

    private static final String ORG = "southend";

    /** A sample for each text field of a set form (a {@link Pattern}); any other text field takes any text. */
    private static final Map<String, String> SET_FORM_SAMPLES = Map.of("yearIntroduced", "2018-19");

    @Test
    void everyFieldOfTheDefinitionIsReadFromAColumnHeadedByItsLabel() {
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, Object> expected = new LinkedHashMap<>();
        cells.put("code", "CP 1.1");
        for (RecordComponent component : IndicatorDefinition.class.getRecordComponents()) {
            Object sample = sample(component);
            cells.put(label(component), cell(sample));
            expected.put(component.getName(), sample);
        }

        IndicatorDefinition read = registered(cells);

        for (RecordComponent component : IndicatorDefinition.class.getRecordComponents()) {
            assertThat(valueOf(component, read)).as("%s, from the column headed '%s'", component.getName(),
                    label(component)).isEqualTo(expected.get(component.getName()));
        }
    }

    @Test
    void everyChoiceOfTheDefinitionIsReadByItsWordsAndByItsName() {
        for (RecordComponent component : IndicatorDefinition.class.getRecordComponents()) {
            if (!component.getType().isEnum()) {
                continue;
            }
            for (Object choice : component.getType().getEnumConstants()) {
                for (String written : List.of(LabelledField.words((Enum<?>) choice), ((Enum<?>) choice).name())) {
                    Map<String, String> cells = new LinkedHashMap<>();
                    cells.put("code", "CP 1.1");
                    cells.put("Short name", "Sample");
                    cells.put("Polarity", "Aim to Maximise");
                    cells.put(label(component), written);

                    assertThat(valueOf(component, registered(cells)))
                            .as("%s written '%s'", component.getName(), written).isEqualTo(choice);
                }
            }
        }
    }

    @Test
    void theIndicatorsTemplateHasAColumnForEveryFieldOfTheDefinitionInItsOrder() {
        List<Column> columns = FileKind.INDICATORS.columns();
        List<Integer> places = new ArrayList<>();
        for (RecordComponent component : IndicatorDefinition.class.getRecordComponents()) {
            List<Column> meaning = columns.stream().filter(column -> column.matches(label(component))).toList();
            assertThat(meaning).as("the template's columns headed as '%s' labels %s", label(component),
                    component.getName()).hasSize(1);
            places.add(columns.indexOf(meaning.get(0)));
        }
        assertThat(places).isSorted();
        assertThat(FileKind.INDICATORS.example()).hasSameSizeAs(FileKind.INDICATORS.headers());
    }

    /** A record like a definition, with a field no column is named for. */
    private record Sample(@Label("Short name") String shortName, @Label("Data source") String dataSource) {
    }

    @Test
    void aFieldNoColumnIsNamedForHasAColumnHeadedByItsLabelMatchedAsLenientlyAsAnyHeader() {
        Map<LabelledField, Column> columns = DefinitionColumns.columnsOf(LabelledField.of(Sample.class));

        assertThat(columns.values()).first().as("the column named for it, with its synonyms")
                .isSameAs(Column.SHORT_NAME);
        Column dataSource = List.copyOf(columns.values()).get(1);
        assertThat(dataSource.header()).isEqualTo("data source");
        assertThat(List.of("Data source", "DATA SOURCE", "Data source *", "data-source", "Data source (if known)"))
                .allSatisfy(header -> assertThat(dataSource.matches(header)).as(header).isTrue());
        assertThat(dataSource.matches("Source")).isFalse();
        assertThat(Column.allNamed()).doesNotContain(dataSource);
    }

    @Test
    void aChoiceIsReadByItsWordsOrItsNameHoweverWrittenAndRefusedNamingItsWords() throws CellException {
        assertThat(Choices.choice(YearBasis.class, "Year basis", "Financial year (April to March)"))
                .isEqualTo(YearBasis.FINANCIAL);
        assertThat(Choices.choice(YearBasis.class, "Year basis", "academic")).isEqualTo(YearBasis.ACADEMIC);
        assertThat(Choices.choice(YearBasis.class, "Year basis", "ACADEMIC")).isEqualTo(YearBasis.ACADEMIC);
        assertThatThrownBy(() -> Choices.choice(YearBasis.class, "Year basis", "Calendar"))
                .isInstanceOf(CellException.class)
                .hasMessage("'Calendar' is not a year basis: Financial year (April to March) or Academic year "
                        + "(September to August)");
    }

    private static IndicatorDefinition registered(Map<String, String> cells) {
        String csv = line(List.copyOf(cells.keySet())) + "\n" + line(List.copyOf(cells.values())) + "\n";
        ImportPlan plan = ImportPlanner.plan(ORG, List.of(new org.performanceledger.imports.files.ImportFile(
                "indicators.csv", csv.getBytes(StandardCharsets.UTF_8))), new StubDirectory().withOrganisation(ORG,
                10));
        assertThat(plan.problems()).as("problems importing %s", cells).isEmpty();
        assertThat(plan.warnings()).as("warnings importing %s", cells).isEmpty();
        return ((RegisterIndicator) plan.steps().get(0).command()).definition();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(cell -> "\"" + cell.replace("\"", "\"\"") + "\"").collect(Collectors.joining(","));
    }

    private static String label(RecordComponent component) {
        Label label = component.getAnnotation(Label.class);
        assertThat(label).as("%s has a @Label: its name for people, and its column's header", component.getName())
                .isNotNull();
        return label.value();
    }

    /** A value of the component's type, as a cell gives it: text, the last of a choice's values, a whole number. */
    private static Object sample(RecordComponent component) {
        Class<?> type = component.getType();
        if (type == String.class) {
            // Bean Validation's constraints written on a component are on its accessor.
            if (component.getAccessor().isAnnotationPresent(Pattern.class)) {
                assertThat(SET_FORM_SAMPLES).as("a sample of %s's set form", component.getName())
                        .containsKey(component.getName());
                return SET_FORM_SAMPLES.get(component.getName());
            }
            return "Sample " + label(component);
        }
        if (type == Integer.class) {
            Min min = component.getAccessor().getAnnotation(Min.class);
            return min == null ? 3 : (int) min.value() + 1;
        }
        if (type.isEnum()) {
            Object[] choices = type.getEnumConstants();
            return choices[choices.length - 1];
        }
        throw new AssertionError(component.getName() + " is a " + type.getSimpleName()
                + ": an import reads text, choices and whole numbers");
    }

    private static String cell(Object sample) {
        return sample instanceof Enum<?> choice ? LabelledField.words(choice) : sample.toString();
    }

    private static Object valueOf(RecordComponent component, IndicatorDefinition definition) {
        try {
            return component.getAccessor().invoke(definition);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
