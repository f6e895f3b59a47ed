package org.performanceledger.query.history;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which of an organisation's year documents changed lately, as {@code organisation_year_changes} stores it
 * ({@code _id = organisationId}): every batch of events that touches year documents of the organisation counts them
 * here ({@link #counting}), once each, after it has stored them. A reader that kept year documents (ADR 28) reads
 * this one small document instead of the last change of each of its thousands: a kept document is current unless it
 * is named among the changes counted since the reader last found it current.
 *
 * @param epoch    names this count: made afresh when the document is first written, so counts of a view that was
 *                 cleared and filled again are never taken for this one's
 * @param sequence how many changes were counted: the last of {@code recent} is change number {@code sequence}
 * @param recent   the year document ids of the last changes, oldest first, at most {@link #MOST_RECENT}; an id may
 *                 appear more than once
 */
public record YearChanges(@BsonId String organisationId, String epoch, long sequence, List<String> recent) {

    /**
     * How many changes are named. A reader further behind checks each kept document's last change instead; a value
     * written is one change, so a report read once in the last 128 writes to its organisation finds them all here,
     * and the document stays a few kilobytes, rewritten by every batch that changes a year of the organisation.
     */
    static final int MOST_RECENT = 128;

    static YearChanges none(String organisationId) {
        return new YearChanges(organisationId, null, 0, List.of());
    }

    /**
     * The update that counts {@code ids}, in that order, as changed: in one atomic update of the stored count, so
     * that two writers overlapping for a moment (a node that lost its claim finishing its batch, ADR 17 and 21)
     * both count what they changed, and each number stays the number of its id; the epoch is made when the count is.
     */
    static UpdateOneModel<Document> counting(String organisationId, Collection<String> ids) {
        return new UpdateOneModel<>(Filters.eq("_id", organisationId), Updates.combine(
                Updates.setOnInsert("epoch", UUID.randomUUID().toString()),
                Updates.inc("sequence", (long) ids.size()),
                Updates.pushEach("recent", List.copyOf(ids), new PushOptions().slice(-MOST_RECENT))),
                new UpdateOptions().upsert(true));
    }

    /** True when every change counted after change number {@code since} of this count is named here. */
    boolean namesEveryChangeAfter(long since) {
        return since <= sequence && since >= sequence - named().size();
    }

    /** Each year document id named, with the number of its last change named. */
    Map<String, Long> lastChanges() {
        List<String> named = named();
        Map<String, Long> last = new HashMap<>();
        long first = sequence - named.size() + 1;
        for (int i = 0; i < named.size(); i++) {
            last.put(named.get(i), first + i);
        }
        return last;
    }

    private List<String> named() {
        return recent == null ? List.of() : recent;
    }
}
