package org.performanceledger.infra.api.problems;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's last word on a request that failed before the application could answer it (headers too large, a
 * malformed request line or address): for the API, or when the address could not even be read, a problem document
 * rather than Tomcat's HTML page; for the pages, Tomcat's page without its version or a stack trace, as Spring Boot
 * configures it.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (!ApiPaths.isApi(requestUri(request))) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemCode code = ProblemCode.forStatus(status);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ProblemResponses.json(status, code, ProblemResponses.detailOf(code),
                        requestUri(request)), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException couldNotWrite) {
            // As Tomcat's own report: the client has gone, or the response cannot take a body any more.
        }
    }

    /** The address as the client wrote it, or null when the request line could not be read. */
    private static String requestUri(Request request) {
        try {
            return request.getRequestURI();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
