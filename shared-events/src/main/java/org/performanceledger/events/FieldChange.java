package org.performanceledger.events;

/**
 * One field that differs between two versions of something, in words.
 *
 * @param field  the field's name in the API, e.g. {@code polarity}
 * @param label  its name for people, e.g. "Polarity"
 * @param before its words before, e.g. "Aim to Maximise" ("none" when it had no value)
 * @param after  its words after
 */
public record FieldChange(String field, String label, String before, String after) {

    /** "Polarity: Aim to Maximise → Aim to Minimise". */
    public String words() {
        return label + ": " + before + " → " + after;
    }
}
