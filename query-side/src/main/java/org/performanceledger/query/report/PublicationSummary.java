package org.performanceledger.query.report;

import java.time.Instant;

/**
 * A report as issued: the {@code number}th publication of the report for {@code period}, to a committee. Retrieved
 * as it was issued at {@code .../reports/{period}/publications/{number}}. {@code publishedBy} is the user's name to
 * sign in with, {@code publishedByName} the name people know them by (the user name when none was recorded).
 */
public record PublicationSummary(String period, String periodText, int number, Instant publishedAt,
                                 String publishedAtText, String committee, String title, String publishedBy,
                                 String publishedByName) {
}
