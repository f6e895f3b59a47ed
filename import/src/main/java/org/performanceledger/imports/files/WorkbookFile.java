package org.performanceledger.imports.files;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Excel workbook (.xlsx), read with POI's streaming reader: each sheet's XML is parsed as it is unpacked, a row
 * at a time, so no sheet is ever held whole. The workbook is opened from a temporary copy on disk (deleted on
 * close) because POI unpacks a package from a stream entirely before reading it, and from a file only as read.
 */
final class WorkbookFile implements TabularFile {

    /** A part unpacking to more than 100 times its packed size is refused: Excel's own files stay well under. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a workbook may unpack to more than this: the limits on cells keep a real sheet far below. */
    static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    static {
        // POI's guard against zip bombs is process-wide; the import is this process's only reader of workbooks.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    private final ImportFile file;
    private final ReadingGuard guard;
    private final Path copy;
    private final OPCPackage workbook;
    private final XSSFReader reader;
    private final StylesTable styles;
    private final SharedStrings strings;
    private final List<String> sheetNames;

    private WorkbookFile(ImportFile file, ReadingGuard guard, Path copy, OPCPackage workbook)
            throws IOException, OpenXML4JException, SAXException {
        this.file = file;
        this.guard = guard;
        this.copy = copy;
        this.workbook = workbook;
        this.reader = new XSSFReader(workbook);
        this.styles = reader.getStylesTable();
        this.strings = new ReadOnlySharedStringsTable(workbook, false);
        List<String> names = new ArrayList<>();
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        while (sheets.hasNext()) {
            try (InputStream unread = sheets.next()) {
                names.add(sheets.getSheetName());
            }
        }
        this.sheetNames = List.copyOf(names);
    }

    static WorkbookFile open(ImportFile file, ReadingGuard guard) throws ImportFileException {
        Path copy = null;
        OPCPackage workbook = null;
        try {
            copy = Files.createTempFile("ledger-import-", ".xlsx");
            Files.write(copy, file.content());
            workbook = OPCPackage.open(copy.toFile(), PackageAccess.READ);
            return new WorkbookFile(file, guard, copy, workbook);
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            // POI reports a damaged or non-xlsx file with a variety of runtime exceptions.
            close(workbook, copy);
            throw unreadable(e);
        }
    }

    @Override
    public String name() {
        return file.name();
    }

    @Override
    public int sheetCount() {
        return sheetNames.size();
    }

    @Override
    public String sheetName(int sheet) {
        return sheetNames.get(sheet);
    }

    @Override
    public List<String> columnLabels(List<String> headers) {
        List<String> labels = new ArrayList<>();
        for (int column = 0; column < headers.size(); column++) {
            labels.add(CellReference.convertNumToColString(column) + " (" + headers.get(column).strip() + ")");
        }
        return labels;
    }

    @Override
    public void read(int sheet, RowHandler handler) throws ImportFileException {
        SheetXmlReader rows = new SheetXmlReader(file.name(), sheetName(sheet), guard, handler);
        // Cells read as Excel shows them in the UK: 86.60%, 4,544, 22 February 2019.
        rows.formatWith(new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(Locale.UK), false));
        parse(sheet, rows);
    }

    @Override
    public void count(int sheet, int afterLine, RowCounter counter) throws ImportFileException {
        parse(sheet, new SheetXmlCounter(file.name(), sheetName(sheet), guard, afterLine, counter));
    }

    private void parse(int sheet, ContentHandler handler) throws ImportFileException {
        try (InputStream xml = sheetXml(sheet)) {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            parser.parse(new InputSource(xml));
        } catch (SheetXmlReader.StopReading enough) {
            // The handler has what it needs from this sheet.
        } catch (ReadingStopped stopped) {
            throw stopped;
        } catch (IOException | SAXException | ParserConfigurationException | OpenXML4JException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    private InputStream sheetXml(int sheet) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        for (int i = 0; i < sheet; i++) {
            sheets.next().close();
        }
        return sheets.next();
    }

    @Override
    public void close() {
        close(workbook, copy);
    }

    private static void close(OPCPackage workbook, Path copy) {
        if (workbook != null) {
            // Opened to read only: revert closes it without writing anything back.
            workbook.revert();
        }
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException stillOpen) {
                // The copy holds a user's upload: if it cannot go now, it goes when the process ends.
                copy.toFile().deleteOnExit();
            }
        }
    }

    private static ImportFileException unreadable(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().startsWith("Zip bomb detected")) {
                return new ImportFileException(String.format(Locale.ROOT, "The workbook unpacks to far more than "
                        + "its size (a part more than %.0f times its packed size, or over %d MB), as a zip bomb "
                        + "does: refused unread", 1 / MIN_INFLATE_RATIO, MAX_PART_BYTES / (1024 * 1024)), e);
            }
        }
        return new ImportFileException("The file is not a readable Excel workbook (.xlsx): " + e.getMessage(), e);
    }
}
