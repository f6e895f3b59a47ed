package org.performanceledger.imports.files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file, read record by record as it is parsed. UTF-8 (a byte-order mark is fine), separated by commas, tabs or
 * semicolons, whichever the header line uses most; the first line is the header.
 */
final class CsvFile implements TabularFile {

    private static final String NOT_UTF_8 = "The file is not UTF-8 text: save it as \"CSV UTF-8\" or as .xlsx";

    private final ImportFile file;
    private final ReadingGuard guard;
    private final int start;
    private final char delimiter;

    private CsvFile(ImportFile file, ReadingGuard guard, int start, char delimiter) {
        this.file = file;
        this.guard = guard;
        this.start = start;
        this.delimiter = delimiter;
    }

    static CsvFile open(ImportFile file, ReadingGuard guard) throws ImportFileException {
        byte[] bytes = file.content();
        // The byte-order mark Excel writes before "CSV UTF-8" is not part of the first header.
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int end = start;
        while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
            end++;
        }
        String headerLine;
        try {
            headerLine = utf8().decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportFileException(NOT_UTF_8, e);
        }
        if (headerLine.isBlank()) {
            throw new ImportFileException("The file is empty: its first line must be the header");
        }
        return new CsvFile(file, guard, start, delimiter(headerLine));
    }

    /** The separator the header line uses: a comma unless it has more tabs or semicolons. */
    private static char delimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public int sheetCount() {
        return 1;
    }

    @Override
    public String sheetName(int sheet) {
        return null;
    }

    @Override
    public List<String> columnLabels(List<String> headers) {
        return headers.stream().map(String::strip).toList();
    }

    @Override
    public void read(int sheet, RowHandler handler) throws ImportFileException {
        records((line, cells) -> {
            SheetRow row = new SheetRow(line, cells);
            return line != 1 && row.isBlank() || handler.row(row);
        });
    }

    @Override
    public void count(int sheet, int afterLine, RowCounter counter) throws ImportFileException {
        records((line, cells) -> {
            int filled = new SheetRow(line, cells).filledCells();
            if (line > afterLine && filled > 0) {
                counter.row(line, filled);
            }
            return true;
        });
    }

    /** A record and the line it starts on; false to stop reading. */
    private interface RecordHandler {
        boolean record(int line, List<String> cells);
    }

    private void records(RecordHandler handler) throws ImportFileException {
        // Empty lines are read as (blank) records, not skipped by the parser, so that the lines they take are
        // counted in the next row's line number; blank records are left out by the handlers.
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        byte[] bytes = file.content();
        try (Reader text = new InputStreamReader(new ByteArrayInputStream(bytes, start, bytes.length - start),
                utf8()); CSVParser parser = CSVParser.parse(text, format)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                int line = (int) nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                guard.checkTime(file.name(), null, line);
                List<String> cells = record.toList();
                for (int column = 0; column < cells.size(); column++) {
                    guard.checkCell(file.name(), null, line, column, cells.get(column).length());
                }
                if (!handler.record(line, cells)) {
                    return;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw new ImportFileException(NOT_UTF_8, e);
            }
            throw new ImportFileException("The file is not readable as CSV: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // Nothing is held open between reads.
    }
}
