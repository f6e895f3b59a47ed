package org.performanceledger.query.register;

import org.bson.codecs.pojo.annotations.BsonId;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.IndicatorDefinition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One indicator as {@code indicator_register} stores it ({@code _id = organisationId:code}).
 * Shape 2: the definition as one embedded document, comparators as a list holding the latest of each kind (shape 1
 * had the definition's fields at the top level and comparators keyed by kind). Shape 3: the registrant's display
 * name beside their username.
 *
 * @param status ACTIVE, RETIRED or RECODED
 */
public record RegisterDocument(@BsonId String id, String organisationId, String code, IndicatorDefinition definition,
                               String status, String recodedFrom, String recodedTo, List<Comparator> comparators,
                               Instant registeredAt, String registeredBy, String registeredByName) {

    static String idOf(String organisationId, String code) {
        return organisationId + ":" + code;
    }

    RegisterDocument amended(IndicatorDefinition amended) {
        return new RegisterDocument(id, organisationId, code, amended, status, recodedFrom, recodedTo, comparators,
                registeredAt, registeredBy,
                registeredByName);
    }

    RegisterDocument withStatus(String newStatus, String newCode) {
        return new RegisterDocument(id, organisationId, code, definition, newStatus, recodedFrom,
                newCode == null ? recodedTo : newCode, comparators, registeredAt, registeredBy,
                registeredByName);
    }

    /** The latest comparator of each kind: a new one replaces the one of its kind, in its place. */
    RegisterDocument withComparator(Comparator comparator) {
        List<Comparator> latest = new ArrayList<>(comparators == null ? List.of() : comparators);
        int sameKind = latest.stream().map(Comparator::kind).toList().indexOf(comparator.kind());
        if (sameKind >= 0) {
            latest.set(sameKind, comparator);
        } else {
            latest.add(comparator);
        }
        return new RegisterDocument(id, organisationId, code, definition, status, recodedFrom, recodedTo, latest,
                registeredAt, registeredBy,
                registeredByName);
    }

    IndicatorView toView() {
        return new IndicatorView(organisationId, code, definition, status, recodedFrom, recodedTo,
                comparators == null ? List.of() : List.copyOf(comparators), registeredAt, registeredBy,
                registeredByName);
    }
}
