package org.performanceledger.infra.documents;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

import java.util.Locale;

/**
 * A report printed: the report page's own template ({@code templates/reports/report.html}, its {@code report}
 * fragment) in a page of its own for print ({@code templates/reports/print.html}: no navigation or controls, the
 * CSS of an A4 landscape document), and that laid out as a PDF. Rendered outside any request, so the API, the
 * pages and the benchmark print alike.
 */
@Component
public class ReportPrinting {

    private final SpringTemplateEngine templates;
    private final ApplicationContext context;

    public ReportPrinting(SpringTemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    /** The print page's HTML. */
    public String html(ReportDocument document) {
        Context variables = new Context(Locale.UK);
        variables.setVariable("doc", document);
        // Templates may name beans (@words) as on the pages.
        variables.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process("reports/print", variables);
    }

    /** The report as a PDF. */
    public byte[] pdf(ReportDocument document) {
        return ReportPdf.of(html(document));
    }
}
