package org.performanceledger.infra.documents;

import org.performanceledger.query.audit.AuditEntry;

import java.util.List;

/** An audit trail as one CSV file, the same for the API and the pages: every entry with who, when, what and why. */
public final class AuditTrailCsv {

    private AuditTrailCsv() {
    }

    public static String of(List<AuditEntry> entries) {
        SpreadsheetSafeCsv csv = SpreadsheetSafeCsv.withHeader("Recorded at", "Recorded by", "Name", "Role",
                "Source", "Correlation id", "Indicator", "Period", "What", "Before", "After", "Why", "Event id");
        for (AuditEntry entry : entries) {
            csv.row(entry.recordedAt(), entry.recordedBy(), entry.recordedByName(), entry.role(), entry.source(),
                    entry.correlationId(), entry.code(), entry.period(), entry.what(), entry.before(), entry.after(),
                    entry.why(), entry.eventId());
        }
        return csv.text();
    }
}
