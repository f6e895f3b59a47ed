package org.performanceledger.infra.documents;

import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * HTML laid out as a PDF by openhtmltopdf: the report's print page (its own CSS says A4 landscape, page numbers and
 * what each page's footer carries), its inline SVG charts drawn as vector graphics by Batik, in DejaVu Sans embedded
 * from the classpath (PDF's base fonts have no ✔, ⚠, ● or arrows). The PDF is tagged (PDF/UA), so a screen reader
 * reads its headings and tables in order. Nothing outside the HTML is fetched: no URL, file or font.
 */
public final class ReportPdf {

    /**
     * The family the print CSS names; registered for the SVG charts' own names too. (Registered for the document
     * without naming its use: naming it, 1.1.65 drew every word in the bold face.)
     */
    public static final String FONT = "DejaVu Sans";
    private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");
    /** The chart's own font names (ValueTargetChart), drawn in DejaVu Sans as no other font is at hand. */
    private static final List<String> CHART_FAMILIES = List.of("GDS Transport", "arial", "sans-serif");

    /** Font metrics, read once from the fonts and shared by every PDF (thread-safe). */
    private static final FSDefaultCacheStore FONT_METRICS = new FSDefaultCacheStore();

    static {
        XRLog.setLoggerImpl(new PdfRendererLog());
    }

    private ReportPdf() {
    }

    /** The PDF of an HTML document (HTML5, read as a browser reads it), with its title as the PDF's. */
    public static byte[] of(String html) {
        org.jsoup.nodes.Document parsed = Jsoup.parse(html);
        // A tagged PDF gives each image its alternative text: a chart's is its SVG title (the page's screen readers
        // read the title through aria-labelledby; only the PDF reads alt).
        for (org.jsoup.nodes.Element svg : parsed.select("svg")) {
            if (!svg.hasAttr("alt")) {
                svg.attr("alt", svg.select("> title").text());
            }
        }
        org.w3c.dom.Document document = new W3CDom().fromJsoup(parsed);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("Performance Ledger")
                    .useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                            BatikSVGDrawer.SvgExternalResourceMode.SECURE))
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false,
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, FONT_METRICS)
                    .withW3cDocument(document, null)
                    .toStream(pdf);
            builder.useFont(() -> stream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> stream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            // Text in no named family (a page's margin boxes default to serif) is drawn in it too: PDF/UA embeds
            // every font, and none other is at hand.
            builder.useFont(() -> stream(REGULAR), FONT + " (fallback)", 400, FontStyle.NORMAL, true,
                    EnumSet.of(FSFontUseCase.FALLBACK_FINAL));
            for (String family : CHART_FAMILIES) {
                builder.useFont(() -> stream(REGULAR), family, 400, FontStyle.NORMAL, true,
                        EnumSet.of(FSFontUseCase.SVG));
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    /** A font's bytes, read once: every PDF embeds the glyphs it uses from them. */
    private static byte[] font(String name) {
        try (InputStream in = ReportPdf.class.getClassLoader().getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("The font " + FONTS + name + " is not on the classpath "
                        + "(net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
