package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.years.IndicatorYears;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.events.LedgerRules;
import org.performanceledger.query.history.ValueHistory;
import org.performanceledger.query.history.ValueVersion;
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
import java.util.List;
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

    /** The target in force for a year (the latest set) and every version of it, oldest first. */
    record YearTargets(String year, IndicatorYearHistory.TargetVersion inForce,
                       List<IndicatorYearHistory.TargetVersion> versions) {
    }

    private final IndicatorYears years;

    IndicatorYearController(IndicatorYears years) {
        this.years = years;
    }

    @GetMapping("/years")
    @Operation(summary = "Every version of the indicator's years: targets, outturns, and per period values, "
            + "commentary drafts and expected outcomes (default: this year, next, and the three before)")
    List<IndicatorYearHistory> years(Caller caller, @PathVariable String org, @PathVariable String code,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to) {
        return years.years(caller, org, code, from, to);
    }

    @GetMapping("/targets/{year}")
    @Operation(summary = "The target in force for a year and every version of it, with reasons and authorities")
    YearTargets targets(Caller caller, @PathVariable String org, @PathVariable String code,
                        @PathVariable String year) {
        List<IndicatorYearHistory.TargetVersion> versions = years.year(caller, org, code, year)
                .map(IndicatorYearHistory::targets).orElse(List.of());
        return new YearTargets(year, versions.isEmpty() ? null : versions.get(versions.size() - 1), versions);
    }

    @GetMapping("/outturns/{year}")
    @Operation(summary = "Every outturn of a year (estimated, final, revised), oldest first")
    List<IndicatorYearHistory.OutturnVersion> outturns(Caller caller, @PathVariable String org,
                                                       @PathVariable String code, @PathVariable String year) {
        return years.year(caller, org, code, year).map(IndicatorYearHistory::outturns).orElse(List.of());
    }

    @GetMapping("/values/{period}")
    @Operation(summary = "The value in force for a period: its latest version (404 VALUE_NOT_FOUND when none)")
    ValueVersion value(Caller caller, @PathVariable String org, @PathVariable String code,
                       @PathVariable String period) {
        List<ValueVersion> versions = years.valueHistory(caller, org, code, period, null).versions();
        ValueVersion latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
        if (latest == null || latest.value() == null) {
            throw new LedgerRejection(LedgerErrorCode.VALUE_NOT_FOUND, "period", "Indicator '" + code
                    + "' has no value for " + period);
        }
        return latest;
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
