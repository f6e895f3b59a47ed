package org.performanceledger.infra.documents;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML to PDF: the fonts come from the classpath (regular and bold DejaVu Sans, embedded), so the symbols a report
 * prints are drawn and read back as the same characters; the page is A4 landscape and numbered; nothing outside the
 * HTML is fetched.
 */
class ReportPdfTest {

    private static final String HTML = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A report</title><style>
            @page { size: A4 landscape; margin: 10mm; @bottom-right { content: "Page " counter(page) " of " counter(pages); } }
            body { font-family: "DejaVu Sans"; } .next { page-break-before: always; }
            </style></head><body>
            <h1>Bold heading</h1><p>Regular text ✔ ⚠ ● ↑ ↓ ↔ • £140k 86.60%</p>
            <img src="http://127.0.0.1:9/tracker.png" alt="not fetched">
            <p class="next">Second page</p>
            </body></html>""";

    @Test
    void embedsRegularAndBoldDejaVuSansAndDrawsTheReportsSymbols() throws IOException {
        byte[] pdf = ReportPdf.of(HTML);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("landscape").isGreaterThan(first.getMediaBox().getHeight());
            assertThat(fonts(first)).anySatisfy(font -> assertThat(font).endsWith("+DejaVuSans"))
                    .anySatisfy(font -> assertThat(font).endsWith("+DejaVuSans-Bold"));
            assertThat(fonts(document.getPage(1))).as("plain text only: the regular face")
                    .allSatisfy(font -> assertThat(font).endsWith("+DejaVuSans"));
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Regular text ✔ ⚠ ● ↑ ↓ ↔ • £140k 86.60%", "Page 1 of 2", "Page 2 of 2");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("A report");
        }
    }

    private static List<String> fonts(PDPage page) throws IOException {
        List<String> names = new ArrayList<>();
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
            names.add(resources.getFont(name).getName());
        }
        return names;
    }
}
