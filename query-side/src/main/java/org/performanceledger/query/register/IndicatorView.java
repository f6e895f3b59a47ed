package org.performanceledger.query.register;

import org.performanceledger.events.Basis;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.time.Instant;
import java.util.List;

/**
 * One indicator as the register shows it: its current definition, its status, where its code came from or went,
 * its latest comparator of each kind, and who registered it when.
 *
 * @param status ACTIVE, RETIRED or RECODED
 */
public record IndicatorView(
        String organisationId,
        String code,
        String shortName,
        String description,
        Polarity polarity,
        Basis basis,
        String unit,
        Integer decimalPlaces,
        Frequency frequency,
        YearBasis yearBasis,
        String responsibleUnit,
        String managedBy,
        String scrutinyCommittee,
        String corporateAim,
        String yearIntroduced,
        String externalReference,
        String status,
        String recodedFrom,
        String recodedTo,
        List<Comparator> comparators,
        Instant registeredAt,
        String registeredBy
) {

    /** The definition the register holds. */
    public org.performanceledger.events.IndicatorDefinition definition() {
        return new org.performanceledger.events.IndicatorDefinition(shortName, description, polarity, basis, unit,
                decimalPlaces, frequency, yearBasis, responsibleUnit, managedBy, scrutinyCommittee, corporateAim,
                yearIntroduced, externalReference);
    }
}
