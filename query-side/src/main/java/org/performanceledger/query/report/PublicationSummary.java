package org.performanceledger.query.report;

import java.time.Instant;

/**
 * A report as issued: the {@code number}th publication of the report for {@code period}, to a committee. Retrieved
 * as it was issued at {@code .../reports/{period}/publications/{number}}.
 */
public record PublicationSummary(String period, String periodText, int number, Instant publishedAt,
                                 String publishedAtText, String committee, String title, String publishedBy) {
}
