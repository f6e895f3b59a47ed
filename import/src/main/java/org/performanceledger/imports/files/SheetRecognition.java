package org.performanceledger.imports.files;

import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.PlanRecorder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tells from a file's headers which kind of file it is and where each column is. A header no kind knows is a
 * warning; a sheet whose headers fit no kind is skipped with a warning, unless it is all the file has.
 */
public final class SheetRecognition {

    private SheetRecognition() {
    }

    /** The file's sheets of a known kind; what cannot be read or recognised is recorded as a problem or warning. */
    public static List<RecognisedSheet> recognise(ImportFile file, PlanRecorder recorder) {
        List<Table> tables;
        try {
            tables = TableReader.read(file);
        } catch (ImportFileException e) {
            recorder.problem(new ImportProblem(file.name(), null, null, null, null, e.getMessage()));
            return List.of();
        }
        List<RecognisedSheet> sheets = new ArrayList<>();
        for (Table table : tables) {
            recognise(table, tables.size() == 1, recorder).ifPresent(sheets::add);
        }
        return sheets;
    }

    private static Optional<RecognisedSheet> recognise(Table table, boolean onlySheet, PlanRecorder recorder) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Integer, String> unknown = new LinkedHashMap<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            if (header == null || header.isBlank()) {
                continue;
            }
            Optional<Column> column = Arrays.stream(Column.values()).filter(c -> c.matches(header)).findFirst();
            if (column.isEmpty()) {
                unknown.put(i, header);
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                recorder.problem(new ImportProblem(table.file(), table.sheet(), 1, table.columnLabels().get(i),
                        header, "A second '" + column.get().header() + "' column: each column may appear once"));
            }
        }
        Optional<FileKind> kind = FileKind.of(columns.keySet());
        if (kind.isEmpty()) {
            String reason = "The headers fit no kind of import file: indicators need code, short name and polarity; "
                    + "targets need code, year and target; values need code, period and value";
            if (table.sheet() == null || onlySheet) {
                recorder.problem(new ImportProblem(table.file(), table.sheet(), 1, null, null, reason));
            } else {
                recorder.warning(new ImportProblem(table.file(), table.sheet(), 1, null, null,
                        "Sheet skipped: " + reason));
            }
            return Optional.empty();
        }
        for (Column column : List.copyOf(columns.keySet())) {
            if (!kind.get().columns().contains(column)) {
                int index = columns.remove(column);
                unknown.put(index, table.headers().get(index));
            }
        }
        unknown.forEach((index, header) -> recorder.warning(new ImportProblem(table.file(), table.sheet(), 1,
                table.columnLabels().get(index), header, "Not a column of a " + kind.get().name().toLowerCase()
                + " file: ignored")));
        return Optional.of(new RecognisedSheet(table.file(), table.sheet(), kind.get(), columns,
                table.columnLabels(), table.rows()));
    }
}
