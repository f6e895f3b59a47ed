package org.performanceledger.application.imports;

import org.performanceledger.imports.plan.ImportProblem;
import org.performanceledger.imports.plan.ImportStep;

import java.util.List;

/**
 * What an import did, or in a dry run would do.
 *
 * @param recorded       true when its events were stored; false for a dry run or a refused import
 * @param eventsRecorded how many events were stored (0 unless recorded)
 * @param added          facts new to the ledger
 * @param changed        facts the ledger held differently (corrected, amended, set again)
 * @param unchanged      facts the ledger holds already: left alone
 * @param items          every fact, in the order applied
 * @param errors         what stopped the import; when any, nothing was recorded
 * @param warnings       what was ignored
 */
public record ImportReport(String organisationId, boolean dryRun, boolean recorded, List<File> files,
                           long eventsRecorded, long added, long changed, long unchanged, List<Item> items,
                           List<ImportProblem> errors, List<ImportProblem> warnings) {

    /** A file imported, and the checksum its events carry. */
    public record File(String name, String sha256) {
    }

    /** One fact of the import and what it does. */
    public record Item(String file, String sheet, int line, String subject, ImportStep.Change change,
                       String detail) {
    }
}
