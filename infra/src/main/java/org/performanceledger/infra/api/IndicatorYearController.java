package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.ValueHistory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Targets, returns, corrections, outturns, commentary and expected outcomes of an indicator. Periods are written
 * {@code 2019-01} (month), {@code 2019-Q3} (calendar quarter), {@code 2018-19-T2} (term) or {@code 2018-19} (year).
 */
@RestController
@RequestMapping("/api/organisations/{org}/indicators/{code}")
@Tag(name = "Targets and returns", description = "What an indicator aims for and what it reported, with every change")
class IndicatorYearController {

    record ReasonRequest(@NotBlank @Size(max = LedgerRules.REASON_MAX) String reason) {
    }

    record ExpectedOutcomeRequest(@NotNull ExpectedOutcome outcome) {
    }

    private final IndicatorYears years;

    IndicatorYearController(IndicatorYears years) {
        this.years = years;
    }

    @PutMapping("/targets/{year}")
    @Operation(summary = "Set or change the target for a year, with reason, authority and first period (performance)")
    ResponseEntity<Map<String, String>> setTarget(Caller caller, @PathVariable String org, @PathVariable String code,
                                                  @PathVariable String year,
                                                  @RequestBody IndicatorYears.TargetSetting request) {
        years.setTarget(caller, org, code, year, request);
        return answer(org, code, "year", year);
    }

    @PutMapping("/values/{period}")
    @Operation(summary = "Record the value for a period (officers)")
    ResponseEntity<Map<String, String>> record(Caller caller, @PathVariable String org, @PathVariable String code,
                                               @PathVariable String period,
                                               @RequestBody IndicatorYears.ValueReturn request) {
        years.recordValue(caller, org, code, period, request);
        return answer(org, code, "period", period);
    }

    @PostMapping("/values/{period}/corrections")
    @Operation(summary = "Correct the value for a period, for a reason (officers)")
    ResponseEntity<Map<String, String>> correct(Caller caller, @PathVariable String org, @PathVariable String code,
                                                @PathVariable String period,
                                                @RequestBody IndicatorYears.Correction request) {
        years.correctValue(caller, org, code, period, request);
        return answer(org, code, "period", period);
    }

    @PostMapping("/values/{period}/withdrawal")
    @Operation(summary = "Withdraw the value for a period, for a reason (officers)")
    ResponseEntity<Map<String, String>> withdraw(Caller caller, @PathVariable String org, @PathVariable String code,
                                                 @PathVariable String period, @RequestBody ReasonRequest request) {
        years.withdrawValue(caller, org, code, period, request.reason());
        return answer(org, code, "period", period);
    }

    @GetMapping("/values/{period}/history")
    @Operation(summary = "Every version of a period's value: when recorded, by whom, why, and what it replaced")
    ValueHistory history(Caller caller, @PathVariable String org, @PathVariable String code,
                         @PathVariable String period,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                         Instant asOf) {
        return years.valueHistory(caller, org, code, period, asOf);
    }

    @PostMapping("/outturns/{year}")
    @Operation(summary = "Record an estimated, final or revised outturn for a year, for a reason")
    ResponseEntity<Map<String, String>> outturn(Caller caller, @PathVariable String org, @PathVariable String code,
                                                @PathVariable String year,
                                                @RequestBody IndicatorYears.Outturn request) {
        years.recordOutturn(caller, org, code, year, request);
        return answer(org, code, "year", year);
    }

    @PutMapping("/commentary/{period}")
    @Operation(summary = "Draft or redraft the commentary for a period: each call is kept as its own draft")
    ResponseEntity<Map<String, String>> commentary(Caller caller, @PathVariable String org,
                                                   @PathVariable String code, @PathVariable String period,
                                                   @RequestBody IndicatorYears.Commentary request) {
        years.draftCommentary(caller, org, code, period, request);
        return answer(org, code, "period", period);
    }

    @PutMapping("/expected-outcome/{period}")
    @Operation(summary = "Declare the expected year-end outcome as at a period (managing officer)")
    ResponseEntity<Map<String, String>> expectedOutcome(Caller caller, @PathVariable String org,
                                                        @PathVariable String code, @PathVariable String period,
                                                        @RequestBody ExpectedOutcomeRequest request) {
        years.declareExpectedOutcome(caller, org, code, period, request.outcome());
        return answer(org, code, "period", period);
    }

    private static ResponseEntity<Map<String, String>> answer(String org, String code, String name, String value) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("organisationId", org);
        body.put("code", code);
        body.put(name, value);
        return ResponseEntity.ok(body);
    }
}
