package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.performanceledger.events.Basis;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.math.BigDecimal;

/**
 * Bodies of the indicator-definition endpoints. The rules live on the commands they become, so web and import
 * enforce the same ones.
 */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    record Register(
            @Schema(description = "Code unique within the organisation", example = "CP 1.2") String code,
            @Schema(example = "Rate of Looked After Children per 10,000 population under the age of 18")
            String shortName,
            String description,
            @Schema(description = "Which way is good") Polarity polarity,
            @Schema(description = "How a period's value accumulates") Basis basis,
            @Schema(example = "%") String unit,
            Integer decimalPlaces,
            @Schema(description = "Default MONTHLY") Frequency frequency,
            @Schema(description = "Default FINANCIAL") YearBasis yearBasis,
            @Schema(example = "Department for People") String responsibleUnit,
            String managedBy,
            @Schema(example = "People Scrutiny") String scrutinyCommittee,
            @Schema(example = "SAFE") String corporateAim,
            @Schema(example = "2018-19") String yearIntroduced,
            @Schema(example = "ASCOF 2B(1)") String externalReference
    ) {
    }

    /** Fields left out keep their current value. */
    record Amend(String shortName, String description, Polarity polarity, Basis basis, String unit,
                 Integer decimalPlaces, Frequency frequency, YearBasis yearBasis, String responsibleUnit,
                 String managedBy, String scrutinyCommittee, String corporateAim, String yearIntroduced,
                 String externalReference, String reason) {
    }

    record Retire(String reason) {
    }

    record Recode(String newCode, String reason) {
    }

    record RecordComparator(ComparatorKind kind, BigDecimal value, String period, String source) {
    }
}
