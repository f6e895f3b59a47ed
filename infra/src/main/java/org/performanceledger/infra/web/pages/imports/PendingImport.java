package org.performanceledger.infra.web.pages.imports;

import org.performanceledger.application.imports.ImportReport;
import org.performanceledger.imports.files.ImportFile;

import java.util.List;

/**
 * A dry run waiting for its confirmation, kept in the browser's session: the report shown, and the files checked
 * when they are small enough to hold ({@link ImportPages#HELD_BYTES}); otherwise only their checksums, and the
 * confirmation asks for the same files again.
 *
 * @param id        names this dry run, so that a confirmation from an older page imports nothing unexpected
 * @param files     the files as uploaded, or null when too large to hold
 * @param checksums each file's SHA-256, in the order uploaded
 */
record PendingImport(String id, String organisationId, List<ImportFile> files, List<String> checksums,
                     ImportReport report) {

    public boolean held() {
        return files != null;
    }
}
