package org.performanceledger.infra.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import org.performanceledger.events.IndicatorDefinition;


/**
 * Bodies of the indicator-definition endpoints. The rules live on the commands they become, so web and import
 * enforce the same ones.
 */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /** The code, and the definition's fields beside it (flat, as the API has always taken them). */
    @JsonDeserialize(using = FlatRecordDeserializer.class)
    record Register(
            @Schema(description = "Code unique within the organisation", example = "CP 1.2") String code,
            @JsonUnwrapped IndicatorDefinition definition
    ) {
    }

    /** The fields to change, flat beside the reason; fields left out keep their current value. */
    @JsonDeserialize(using = FlatRecordDeserializer.class)
    record Amend(@JsonUnwrapped IndicatorDefinition change, String reason) {
    }

    record Retire(String reason) {
    }

    record Recode(String newCode, String reason) {
    }

}
