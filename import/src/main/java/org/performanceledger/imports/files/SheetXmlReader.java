package org.performanceledger.imports.files;

import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one sheet's XML as it is parsed, a row at a time. POI's {@link XSSFSheetXMLHandler} turns each cell into
 * the text Excel shows ({@code 86.60%}); in front of it, this reader watches the raw XML for what POI lets pass:
 * a cell's size and column against the limits before its text is gathered, and a formula saved without a result
 * (POI gives no cell for it). Formulas are never calculated: a formula cell reads as the result Excel saved.
 */
final class SheetXmlReader extends DefaultHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

    /** Thrown through the parser to stop reading a sheet when the row handler has what it needs. */
    static final class StopReading extends RuntimeException {
        StopReading() {
            super(null, null, false, false);
        }
    }

    private static final String SPREADSHEET = XSSFRelation.NS_SPREADSHEETML;

    private final String file;
    private final String sheet;
    private final ReadingGuard guard;
    private final RowHandler handler;
    private ContentHandler formatter;

    private int line;
    private List<String> cells = new ArrayList<>();
    private Map<Integer, String> formulasWithoutResult = new HashMap<>();
    private int nextColumn;

    private boolean inCell;
    private int column;
    private long characters;
    private boolean isError;
    private boolean inFormula;
    private boolean hasFormula;
    private final StringBuilder formula = new StringBuilder();
    private boolean hasResult;

    SheetXmlReader(String file, String sheet, ReadingGuard guard, RowHandler handler) {
        this.file = file;
        this.sheet = sheet;
        this.guard = guard;
        this.handler = handler;
    }

    /** The POI handler this reader passes the XML on to, once it is made (it is made with this reader). */
    void formatWith(XSSFSheetXMLHandler poiHandler) {
        this.formatter = poiHandler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        if (SPREADSHEET.equals(uri)) {
            switch (localName) {
                case "c" -> startCell(attributes);
                case "f" -> {
                    inFormula = true;
                    hasFormula = true;
                }
                // A result, even an empty one (a formula giving ""): one never calculated has no <v> at all.
                case "v", "is" -> hasResult = true;
                default -> {
                    // rows are started by POI's handler (startRow below); other elements carry no cell text
                }
            }
        }
        formatter.startElement(uri, localName, qName, attributes);
    }

    private void startCell(Attributes attributes) {
        inCell = true;
        String reference = attributes.getValue("r");
        column = reference == null ? nextColumn : SheetXmlCounter.columnOf(reference);
        characters = 0;
        isError = "e".equals(attributes.getValue("t"));
        hasFormula = false;
        hasResult = false;
        formula.setLength(0);
        guard.checkCell(file, sheet, line, column, 0);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inCell) {
            characters += length;
            guard.checkCell(file, sheet, line, column, characters);
            if (inFormula) {
                formula.append(ch, start, length);
            }
        }
        formatter.characters(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        formatter.endElement(uri, localName, qName);
        if (SPREADSHEET.equals(uri)) {
            switch (localName) {
                case "f" -> inFormula = false;
                case "c" -> {
                    if (hasFormula && !hasResult) {
                        formulasWithoutResult.put(column, formula.toString());
                    }
                    inCell = false;
                    nextColumn = column + 1;
                }
                default -> {
                    // nothing to finish
                }
            }
        }
    }

    @Override
    public void startRow(int rowNum) {
        line = rowNum + 1;
        cells = new ArrayList<>();
        formulasWithoutResult = new HashMap<>();
        nextColumn = 0;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        if (formattedValue == null) {
            return;
        }
        // POI prefixes an error result (#DIV/0!) with "ERROR:"; Excel shows the error alone.
        String text = isError && formattedValue.startsWith("ERROR:") ? formattedValue.substring(6) : formattedValue;
        guard.checkCell(file, sheet, line, column, text.length());
        while (cells.size() < column) {
            cells.add("");
        }
        if (cells.size() == column) {
            cells.add(text);
        } else {
            cells.set(column, text);
        }
    }

    @Override
    public void endRow(int rowNum) {
        guard.checkTime(file, sheet, line);
        SheetRow row = new SheetRow(line, cells, formulasWithoutResult);
        if (!row.isBlank() && !handler.row(row)) {
            throw new StopReading();
        }
    }
}
