package org.performanceledger.infra.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every CSV file the ledger writes, written so a spreadsheet opens it safely and reads it right: a UTF-8 byte-order
 * mark first (so Excel reads £ and é), and any cell that a spreadsheet would take for a formula (beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, the OWASP rule) written with a leading
 * apostrophe, so it shows as the text it is and runs nothing. A plain number (-1.5) is left as it is.
 */
public final class SpreadsheetSafeCsv {

    /** The UTF-8 byte-order mark, as the first character of the file. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final StringWriter text = new StringWriter();
    private final CSVPrinter printer;

    private SpreadsheetSafeCsv(List<String> preamble, String... header) {
        text.write(BYTE_ORDER_MARK);
        try {
            printer = new CSVPrinter(text, CSVFormat.DEFAULT);
            for (String line : preamble) {
                printer.printRecord(neutralised(line));
            }
            printer.printRecord((Object[]) neutralisedAll(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CSV file with the given header line. */
    public static SpreadsheetSafeCsv withHeader(String... header) {
        return new SpreadsheetSafeCsv(List.of(), header);
    }

    /** A CSV file whose first lines say what it shows (one cell each), then the header line. */
    public static SpreadsheetSafeCsv withPreambleAndHeader(List<String> preamble, String... header) {
        return new SpreadsheetSafeCsv(preamble, header);
    }

    public SpreadsheetSafeCsv row(Object... cells) {
        try {
            printer.printRecord((Object[]) neutralisedAll(cells));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The file's text, byte-order mark first. */
    public String text() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** The cell as written: a would-be formula prefixed with an apostrophe; anything else as it is. */
    public static String neutralised(Object cell) {
        if (cell == null) {
            return null;
        }
        String value = cell.toString();
        if (value.isEmpty() || PLAIN_NUMBER.matcher(value).matches()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    private static String[] neutralisedAll(Object[] cells) {
        String[] safe = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            safe[i] = neutralised(cells[i]);
        }
        return safe;
    }
}
