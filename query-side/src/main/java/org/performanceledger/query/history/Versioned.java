package org.performanceledger.query.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A version of something, kept in recording order in a history document. */
interface Versioned {

    Recorded recorded();

    /** The last version recorded at or before {@code asOf}; versions are kept in recording order. */
    static <V extends Versioned> Optional<V> latestAt(List<V> versions, Instant asOf) {
        // From the end: the last in the list recorded by then, found at once when it is the newest (a report of now).
        for (int i = versions.size() - 1; i >= 0; i--) {
            V version = versions.get(i);
            if (!version.recorded().at().isAfter(asOf)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** True when the event is already among the versions: handling it again must change nothing. */
    static boolean contains(List<? extends Versioned> versions, String eventId) {
        return versions.stream().anyMatch(version -> eventId.equals(version.recorded().eventId()));
    }

    /** A copy of the versions with one more at the end. */
    static <V> List<V> plus(List<V> versions, V version) {
        List<V> more = new ArrayList<>(versions == null ? List.of() : versions);
        more.add(version);
        return more;
    }
}
