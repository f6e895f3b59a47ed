package org.performanceledger.infra.web.pages;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a tagged PDF (PDF/UA), read through its structure tree as a screen reader reads them: each table
 * row (TR) with the text of each of its cells (TH, TD), in order. A cell's text is its glyphs with no white space
 * (a PDF draws words, not spaces), so compare texts with their white space removed.
 */
final class TaggedPdf {

    private final PDDocument document;
    private final Map<PDPage, Map<Integer, String>> markedText = new HashMap<>();

    private TaggedPdf(PDDocument document) {
        this.document = document;
    }

    /** Every table row of the PDF, in document order, each as its cells' texts. */
    static List<List<String>> tableRows(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            TaggedPdf tagged = new TaggedPdf(document);
            List<List<String>> rows = new ArrayList<>();
            tagged.collectRows(document.getDocumentCatalog().getStructureTreeRoot(), rows);
            return rows;
        }
    }

    /**
     * A text without white space, as {@link #tableRows} gives cells; ligatures the font draws ("ﬁ") as their
     * letters (Unicode's compatibility form).
     */
    static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private void collectRows(PDStructureNode node, List<List<String>> rows) throws IOException {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                if ("TR".equals(element.getStructureType())) {
                    List<String> cells = new ArrayList<>();
                    for (Object cell : element.getKids()) {
                        if (cell instanceof PDStructureElement td && ("TD".equals(td.getStructureType())
                                || "TH".equals(td.getStructureType()))) {
                            StringBuilder text = new StringBuilder();
                            text(td, td.getPage(), text);
                            cells.add(text.toString());
                        }
                    }
                    rows.add(cells);
                } else {
                    collectRows(element, rows);
                }
            }
        }
    }

    /** The text of an element's marked content, and of its children's, in order. */
    private void text(PDStructureElement element, PDPage page, StringBuilder text) throws IOException {
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid) {
                text.append(marked(page).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference reference) {
                PDPage onPage = reference.getPage() == null ? page : reference.getPage();
                text.append(marked(onPage).getOrDefault(reference.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                text(child, child.getPage() == null ? page : child.getPage(), text);
            }
        }
    }

    /** A page's text by marked-content id. */
    private Map<Integer, String> marked(PDPage page) throws IOException {
        if (page == null) {
            return Map.of();
        }
        Map<Integer, String> texts = markedText.get(page);
        if (texts == null) {
            texts = new HashMap<>();
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, texts);
            }
            markedText.put(page, texts);
        }
        return texts;
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), compact(text.toString()), String::concat);
        }
    }
}
