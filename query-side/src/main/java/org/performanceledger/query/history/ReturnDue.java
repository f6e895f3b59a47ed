package org.performanceledger.query.history;

import java.time.LocalDate;

/**
 * A return owed: an indicator's latest ended period without a value.
 *
 * @param late true when today is after the due date
 */
public record ReturnDue(String code, String shortName, String period, LocalDate dueDate, boolean late,
                        String managedBy, String responsibleUnit) {
}
