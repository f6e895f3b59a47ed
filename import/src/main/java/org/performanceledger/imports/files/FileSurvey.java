package org.performanceledger.imports.files;

import org.performanceledger.imports.plan.PlanRecorder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first reading of an import's file, before anything is planned: finds each sheet's header and recognises its
 * kind, and reads the rows of each sheet of a known kind against the limits (a sheet of no known kind is read only
 * to its header). So a file too large is refused after reading no more of it than the limit, and the planning's
 * second reading meets no limit part-way.
 */
public final class FileSurvey {

    private FileSurvey() {
    }

    /**
     * The file's sheets of a known kind, in order. Header problems and skipped sheets are recorded; a limit
     * reached stops with {@link ReadingStopped}.
     */
    public static List<RecognisedSheet> survey(TabularFile file, ReadingGuard guard, PlanRecorder recorder)
            throws ImportFileException {
        List<SheetRecognition> found = new ArrayList<>();
        for (int sheet = 0; sheet < file.sheetCount(); sheet++) {
            HeaderReading header = new HeaderReading(file, sheet);
            file.read(sheet, header);
            if (header.recognition == null) {
                continue;
            }
            found.add(header.recognition);
            Optional<RecognisedSheet> recognised = header.recognition.recognised();
            if (recognised.isPresent()) {
                String sheetName = file.sheetName(sheet);
                guard.countRow(file.name(), sheetName, header.row.line(), header.row.filledCells(), true);
                file.count(sheet, recognised.get().headerLine(),
                        (line, filled) -> guard.countRow(file.name(), sheetName, line, filled, false));
            }
        }
        List<RecognisedSheet> sheets = new ArrayList<>();
        for (SheetRecognition recognition : found) {
            recognition.record(recorder, found.size() == 1);
            recognition.recognised().ifPresent(sheets::add);
        }
        return sheets;
    }

    /** Reads the sheet to its first row with anything on it: its header. A sheet with none is left out. */
    private static final class HeaderReading implements RowHandler {

        private final TabularFile file;
        private final int sheet;
        private SheetRow row;
        private SheetRecognition recognition;

        HeaderReading(TabularFile file, int sheet) {
            this.file = file;
            this.sheet = sheet;
        }

        @Override
        public boolean row(SheetRow header) {
            row = header;
            recognition = new SheetRecognition(file.name(), file.sheetName(sheet), sheet, header,
                    file.columnLabels(header.cells()));
            return false;
        }
    }
}
