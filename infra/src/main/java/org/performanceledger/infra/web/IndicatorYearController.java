package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordOutturn;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.command.year.WithdrawValue;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.OutturnKind;
import org.performanceledger.events.PeriodTarget;
import org.performanceledger.events.Target;
import org.performanceledger.events.Tolerance;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.LocalDate;
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

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    record SetTargetRequest(Target target, Target stretchTarget, Tolerance tolerance, List<PeriodTarget> profile,
                            String reason, String authority, String effectiveFrom) {
    }

    record RecordValueRequest(MeasuredValue value, BigDecimal numerator, BigDecimal denominator,
                              LocalDate sourceDate) {
    }

    record CorrectValueRequest(MeasuredValue value, BigDecimal numerator, BigDecimal denominator, String reason,
                               LocalDate sourceDate) {
    }

    record ReasonRequest(String reason) {
    }

    record OutturnRequest(OutturnKind kind, MeasuredValue value, String reason) {
    }

    record CommentaryRequest(String explanation, String actions, String anticipated) {
    }

    record ExpectedOutcomeRequest(ExpectedOutcome outcome) {
    }

    private final CommandSender commands;

    IndicatorYearController(CommandSender commands) {
        this.commands = commands;
    }

    @PutMapping("/targets/{year}")
    @Operation(summary = "Set or change the target for a year, with reason, authority and first period (performance)")
    ResponseEntity<Map<String, String>> setTarget(@PathVariable String org, @PathVariable String code,
                                                  @PathVariable String year, @RequestBody SetTargetRequest request,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                  String key) {
        commands.send(new SetTarget(org, code, year, request.target(), request.stretchTarget(), request.tolerance(),
                request.profile(), request.reason(), request.authority(), request.effectiveFrom()), key);
        return answer(org, code, "year", year);
    }

    @PutMapping("/values/{period}")
    @Operation(summary = "Record the value for a period (officers)")
    ResponseEntity<Map<String, String>> record(@PathVariable String org, @PathVariable String code,
                                               @PathVariable String period, @RequestBody RecordValueRequest request,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        String year = commands.yearOf(org, code, period);
        commands.send(new RecordValue(org, code, year, period, request.value(), request.numerator(),
                request.denominator(), request.sourceDate()), key);
        return answer(org, code, "period", period);
    }

    @PostMapping("/values/{period}/corrections")
    @Operation(summary = "Correct the value for a period, for a reason (officers)")
    ResponseEntity<Map<String, String>> correct(@PathVariable String org, @PathVariable String code,
                                                @PathVariable String period, @RequestBody CorrectValueRequest request,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        String year = commands.yearOf(org, code, period);
        commands.send(new CorrectValue(org, code, year, period, request.value(), request.numerator(),
                request.denominator(), request.reason(), request.sourceDate()), key);
        return answer(org, code, "period", period);
    }

    @PostMapping("/values/{period}/withdrawal")
    @Operation(summary = "Withdraw the value for a period, for a reason (officers)")
    ResponseEntity<Map<String, String>> withdraw(@PathVariable String org, @PathVariable String code,
                                                 @PathVariable String period, @RequestBody ReasonRequest request,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        String year = commands.yearOf(org, code, period);
        commands.send(new WithdrawValue(org, code, year, period, request.reason()), key);
        return answer(org, code, "period", period);
    }

    @PostMapping("/outturns/{year}")
    @Operation(summary = "Record an estimated, final or revised outturn for a year, for a reason")
    ResponseEntity<Map<String, String>> outturn(@PathVariable String org, @PathVariable String code,
                                                @PathVariable String year, @RequestBody OutturnRequest request,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        commands.send(new RecordOutturn(org, code, year, request.kind(), request.value(), request.reason()), key);
        return answer(org, code, "year", year);
    }

    @PutMapping("/commentary/{period}")
    @Operation(summary = "Draft or redraft the commentary for a period: each call is kept as its own draft")
    ResponseEntity<Map<String, String>> commentary(@PathVariable String org, @PathVariable String code,
                                                   @PathVariable String period,
                                                   @RequestBody CommentaryRequest request,
                                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                   String key) {
        String year = commands.yearOf(org, code, period);
        commands.send(new DraftCommentary(org, code, year, period, request.explanation(), request.actions(),
                request.anticipated()), key);
        return answer(org, code, "period", period);
    }

    @PutMapping("/expected-outcome/{period}")
    @Operation(summary = "Declare the expected year-end outcome as at a period (managing officer)")
    ResponseEntity<Map<String, String>> expectedOutcome(@PathVariable String org, @PathVariable String code,
                                                        @PathVariable String period,
                                                        @RequestBody ExpectedOutcomeRequest request,
                                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                        String key) {
        String year = commands.yearOf(org, code, period);
        commands.send(new DeclareExpectedOutcome(org, code, year, period, request.outcome()), key);
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
