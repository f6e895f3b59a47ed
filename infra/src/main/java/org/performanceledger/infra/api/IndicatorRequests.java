package org.performanceledger.infra.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.LedgerRules;


/**
 * Bodies of the indicator-definition endpoints. The rules live on the commands they become, so web and import
 * enforce the same ones; the constraints here repeat them for the API's description.
 */
final class IndicatorRequests {

    private IndicatorRequests() {
    }

    /**
     * The code, and the definition's fields beside it (flat, as the API has always taken them). A definition to
     * register must be complete (IndicatorDefinition.Complete): a short name and a polarity.
     */
    @JsonDeserialize(using = FlatRecordDeserializer.class)
    @Schema(requiredProperties = {"code", "shortName", "polarity"})
    record Register(
            @Schema(description = "Code unique within the organisation", example = "CP 1.2")
            @NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String code,
            @JsonUnwrapped IndicatorDefinition definition
    ) {
    }

    /** The fields to change, flat beside the reason; fields left out keep their current value. */
    @JsonDeserialize(using = FlatRecordDeserializer.class)
    record Amend(@JsonUnwrapped IndicatorDefinition change,
                 @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason) {
    }

    record Retire(@NotBlank @Size(max = LedgerRules.REASON_MAX) String reason) {
    }

    record Recode(@NotNull @Pattern(regexp = LedgerRules.CODE_PATTERN, message = LedgerRules.CODE_RULE) String newCode,
                  @NotBlank @Size(max = LedgerRules.REASON_MAX) String reason) {
    }

}
