package org.performanceledger.imports.files;

import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.PlanRecorder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tells from a sheet's header row which kind of file it is and where each column is. What it finds is kept until
 * {@link #record} because whether headers fitting no kind are a problem or a warning depends on the file's other
 * sheets: a sheet of no kind is skipped with a warning, unless it is all the file has.
 */
final class SheetRecognition {

    /** Every column a header may mean, in the order a header is matched against them: the named ones first. */
    private static final List<Column> KNOWN = Stream.concat(Column.allNamed().stream(),
            DefinitionColumns.labelled().stream()).toList();

    private final String file;
    private final String sheet;
    private final int line;
    private final Optional<RecognisedSheet> recognised;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ImportProblem> warnings = new ArrayList<>();

    SheetRecognition(String file, String sheet, int sheetIndex, SheetRow header, List<String> columnLabels) {
        this.file = file;
        this.sheet = sheet;
        this.line = header.line();
        // In the order columns are known, whatever order the file has them in, as problems are then reported.
        Map<Column, Integer> columns = new TreeMap<>(Comparator.comparingInt(KNOWN::indexOf));
        Map<Integer, String> unknown = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cells().get(i);
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<Column> column = KNOWN.stream().filter(c -> c.matches(text)).findFirst();
            if (column.isEmpty()) {
                unknown.put(i, text);
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new ImportProblem(file, sheet, line, columnLabels.get(i), text, "A second '"
                        + column.get().header() + "' column: each column may appear once"));
            }
        }
        Optional<FileKind> kind = FileKind.of(columns.keySet());
        if (kind.isPresent()) {
            for (Column column : List.copyOf(columns.keySet())) {
                if (!kind.get().columns().contains(column)) {
                    int index = columns.remove(column);
                    unknown.put(index, header.cells().get(index));
                }
            }
            unknown.forEach((index, text) -> warnings.add(new ImportProblem(file, sheet, line,
                    columnLabels.get(index), text, "Not a column of a " + kind.get().name().toLowerCase()
                    + " file: ignored")));
        }
        recognised = kind.map(k -> new RecognisedSheet(file, sheet, sheetIndex, line, k, columns, columnLabels));
    }

    Optional<RecognisedSheet> recognised() {
        return recognised;
    }

    /**
     * Records what was found; headers fitting no kind are a problem when this is the file's only sheet with
     * anything on it (or a CSV file), else the sheet is skipped with a warning.
     */
    void record(PlanRecorder recorder, boolean onlySheet) {
        problems.forEach(recorder::problem);
        if (recognised.isEmpty()) {
            String reason = "The headers fit no kind of import file: indicators need code, short name and polarity; "
                    + "targets need code, year and target; values need code, period and value";
            if (sheet == null || onlySheet) {
                recorder.problem(new ImportProblem(file, sheet, line, null, null, reason));
            } else {
                recorder.warning(new ImportProblem(file, sheet, line, null, null, "Sheet skipped: " + reason));
            }
        }
        warnings.forEach(recorder::warning);
    }
}
