package org.performanceledger.imports.plan;

import java.util.Map;

/**
 * One fact of an import and what it does to the ledger: the command that records it, unless it is already there.
 *
 * @param file    the file it comes from
 * @param sheet   the sheet, or null for CSV
 * @param line    its row (a target gathered from several rows: its first)
 * @param subject what it is about, e.g. {@code CP 1.1 2019-01 value}
 * @param change  whether it adds, changes or leaves alone what the ledger holds
 * @param detail  what it records, and for a change what it replaces
 * @param command the command to send; null when unchanged
 * @param fields  where each of the command's fields came from, to place a refusal on its row and column
 */
public record ImportStep(String file, String sheet, int line, String subject, Change change, String detail,
                         Object command, Map<String, Location> fields) {

    public enum Change { ADD, CHANGE, UNCHANGED }

    /** A cell: its row and its column as the file heads it. */
    public record Location(int line, String column) {
    }

    /** Where a refused field came from: {@code value.number} and {@code profile[2].target} are found by their root. */
    public Location locate(String field) {
        if (field != null) {
            String candidate = field;
            while (!candidate.isEmpty()) {
                Location location = fields.get(candidate);
                if (location != null) {
                    return location;
                }
                int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
                candidate = cut < 0 ? "" : candidate.substring(0, cut);
            }
        }
        return new Location(line, null);
    }
}
