package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.media.Schema;
import org.performanceledger.events.Polarity;

/**
 * Body of {@code POST /api/organisations/{org}/indicators}. The rules live on the command it becomes
 * ({@link org.performanceledger.command.indicator.RegisterIndicator}), so web and import enforce the same ones.
 */
record RegisterIndicatorRequest(
        @Schema(description = "Code unique within the organisation", example = "CP 1.2") String code,
        @Schema(description = "Short name shown in reports", example = "Number of people helped to live at home")
        String shortName,
        @Schema(description = "Longer description (optional)") String description,
        @Schema(description = "Which way is good") Polarity polarity
) {
}
