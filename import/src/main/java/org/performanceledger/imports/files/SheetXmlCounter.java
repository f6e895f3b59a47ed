package org.performanceledger.imports.files;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Counts a sheet's rows from its raw XML, a row at a time, without turning cells into text: what measuring a file
 * against the limits needs, at a fraction of the cost of formatting every cell. A cell counts as filled when it
 * holds a value that is not blank, or a formula saved without a result; a row with no filled cell is blank and not
 * counted. Each cell's column and size are held to the limits as it is parsed.
 */
final class SheetXmlCounter extends DefaultHandler {

    private static final String SPREADSHEET = XSSFRelation.NS_SPREADSHEETML;

    private final String file;
    private final String sheet;
    private final ReadingGuard guard;
    private final int afterLine;
    private final RowCounter counter;

    private int line;
    private int filledCells;
    private int nextColumn;
    private boolean inCell;
    private int column;
    private long characters;
    private boolean inText;
    private boolean filled;
    private boolean hasFormula;
    private boolean hasResult;

    SheetXmlCounter(String file, String sheet, ReadingGuard guard, int afterLine, RowCounter counter) {
        this.file = file;
        this.sheet = sheet;
        this.guard = guard;
        this.afterLine = afterLine;
        this.counter = counter;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!SPREADSHEET.equals(uri)) {
            return;
        }
        switch (localName) {
            case "row" -> {
                String number = attributes.getValue("r");
                // As Excel and POI read a row without a number: the one after the last.
                line = number == null ? line + 1 : Integer.parseInt(number.strip());
                filledCells = 0;
                nextColumn = 0;
            }
            case "c" -> {
                inCell = true;
                String reference = attributes.getValue("r");
                column = reference == null ? nextColumn : columnOf(reference);
                characters = 0;
                filled = false;
                hasFormula = false;
                hasResult = false;
                guard.checkCell(file, sheet, line, column, 0);
            }
            case "f" -> hasFormula = true;
            case "v", "is" -> {
                hasResult = true;
                inText = inCell;
            }
            case "t" -> inText = inCell;
            default -> {
                // other elements carry no cell text
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inCell) {
            characters += length;
            guard.checkCell(file, sheet, line, column, characters);
            if (inText && !filled) {
                for (int i = start; i < start + length && !filled; i++) {
                    filled = !Character.isWhitespace(ch[i]);
                }
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!SPREADSHEET.equals(uri)) {
            return;
        }
        switch (localName) {
            case "v", "t" -> inText = false;
            case "c" -> {
                inCell = false;
                nextColumn = column + 1;
                filledCells += filled || hasFormula && !hasResult ? 1 : 0;
            }
            case "row" -> {
                guard.checkTime(file, sheet, line);
                if (filledCells > 0 && line > afterLine) {
                    counter.row(line, filledCells);
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    /** The column of a reference such as {@code AB12}, from 0. */
    static int columnOf(String reference) {
        int letters = 0;
        while (letters < reference.length() && Character.isLetter(reference.charAt(letters))) {
            letters++;
        }
        return CellReference.convertColStringToIndex(reference.substring(0, letters));
    }
}
