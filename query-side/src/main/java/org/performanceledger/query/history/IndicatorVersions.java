package org.performanceledger.query.history;

import org.bson.codecs.pojo.annotations.BsonId;
import org.performanceledger.events.IndicatorDefinition;

import java.util.List;

/**
 * Every version of one indicator's definition and status, as {@code indicator_definitions} stores them
 * ({@code _id = organisationId:code}): a registration or amendment adds its definition, a retirement or re-coding
 * the latest definition with its new status. It grows with the indicator's own changes only.
 */
public record IndicatorVersions(@BsonId String id, String organisationId, String code,
                                List<DefinitionVersion> versions) {

    /** One version: the definition in force from {@code recorded.at}, and the status (ACTIVE, RETIRED, RECODED). */
    public record DefinitionVersion(Recorded recorded, String status, IndicatorDefinition definition)
            implements Versioned {
    }

    static String idOf(String organisationId, String code) {
        return organisationId + ":" + code;
    }

    static IndicatorVersions none(String organisationId, String code) {
        return new IndicatorVersions(idOf(organisationId, code), organisationId, code, List.of());
    }

    IndicatorVersions plus(DefinitionVersion version) {
        return new IndicatorVersions(id, organisationId, code, Versioned.plus(versions, version));
    }

    DefinitionVersion latest() {
        return versions.get(versions.size() - 1);
    }
}
