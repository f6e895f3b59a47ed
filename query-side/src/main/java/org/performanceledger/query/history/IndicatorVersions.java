package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.IndicatorDefinition;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Every version of one indicator's definition and status, as {@code indicator_definitions} stores them
 * ({@code _id = organisationId:code}): a registration or amendment adds its definition, a retirement or re-coding
 * the latest definition with its new status; each comparator recorded (floor standard, benchmark...) is kept
 * beside them. It grows with the indicator's own changes only.
 */
public record IndicatorVersions(@BsonId String id, String organisationId, String code,
                                List<DefinitionVersion> versions, List<ComparatorVersion> comparators) {

    /** A comparator recorded; a later one of the same kind supersedes it. */
    public record ComparatorVersion(Recorded recorded, Comparator comparator) implements Versioned {
    }

    /** One version: the definition in force from {@code recorded.at}, and the status (ACTIVE, RETIRED, RECODED). */
    public record DefinitionVersion(Recorded recorded, String status, IndicatorDefinition definition)
            implements Versioned {
    }

    static String idOf(String organisationId, String code) {
        return organisationId + ":" + code;
    }

    static IndicatorVersions none(String organisationId, String code) {
        return new IndicatorVersions(idOf(organisationId, code), organisationId, code, List.of(), List.of());
    }

    IndicatorVersions plus(DefinitionVersion version) {
        return new IndicatorVersions(id, organisationId, code, Versioned.plus(versions, version), comparatorVersions());
    }

    IndicatorVersions plus(ComparatorVersion comparator) {
        return new IndicatorVersions(id, organisationId, code, versions, Versioned.plus(comparatorVersions(),
                comparator));
    }

    List<ComparatorVersion> comparatorVersions() {
        return comparators == null ? List.of() : comparators;
    }

    /** The latest comparator of a kind recorded by {@code asOf}. */
    Optional<Comparator> comparatorAt(ComparatorKind kind, Instant asOf) {
        return Versioned.latestAt(comparatorVersions().stream()
                .filter(version -> version.comparator().kind() == kind).toList(), asOf)
                .map(ComparatorVersion::comparator);
    }

    DefinitionVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
