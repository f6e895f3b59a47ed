package org.performanceledger.infra.documents;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.logging.Level;

/**
 * openhtmltopdf's messages in the ledger's own log (SLF4J), rather than on the console through its own
 * java.util.logging handler: its progress lines (fonts loaded, "Prepare to fly") at debug, its warnings and errors
 * as such, under {@code com.openhtmltopdf.<category>}.
 */
final class PdfRendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable failure) {
        Logger logger = LoggerFactory.getLogger(where == null ? "com.openhtmltopdf" : where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, failure);
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            logger.warn(message, failure);
        } else {
            logger.debug(message, failure);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // The levels are the ledger's logging configuration's.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() || logger.isDebugEnabled();
    }
}
