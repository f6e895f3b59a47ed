package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RecodeIndicator;
import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.indicator.RetireIndicator;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.query.history.IndicatorRegisterQuery;
import org.performanceledger.query.history.RegisterEntry;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/organisations/{org}/indicators")
@Tag(name = "Indicators", description = "The indicators an organisation tracks, and their definitions")
class IndicatorController {

    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CommandSender commands;
    private final QueryGateway queries;

    IndicatorController(CommandSender commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Register an indicator (performance team)")
    ResponseEntity<Map<String, String>> register(@PathVariable String org,
                                                 @RequestBody IndicatorRequests.Register request,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                 UriComponentsBuilder uri) {
        commands.send(new RegisterIndicator(org, request.code(), request.definition()), key);
        URI location = uri.path("/api/organisations/{org}/indicators/{code}").buildAndExpand(org, request.code())
                .encode().toUri();
        return ResponseEntity.created(location).body(Map.of("organisationId", org, "code", request.code()));
    }

    @GetMapping
    @Operation(summary = "The organisation's indicator register, in code order, now or as the ledger knew it at asOf")
    List<RegisterEntry> register(@PathVariable String org,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant asOf) {
        return queries.query(new IndicatorRegisterQuery(org, asOf),
                ResponseTypes.multipleInstancesOf(RegisterEntry.class)).join();
    }

    @GetMapping("/{code}")
    @Operation(summary = "An indicator as the register holds it")
    IndicatorView find(@PathVariable String org, @PathVariable String code) {
        return queries.query(new FindIndicatorQuery(org, code), ResponseTypes.optionalInstanceOf(IndicatorView.class))
                .join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.INDICATOR_NOT_FOUND, "code",
                        "No indicator '" + code + "' is registered in organisation '" + org + "'"));
    }

    @PostMapping("/{code}/amendments")
    @Operation(summary = "Amend an indicator's definition, for a reason (performance team)")
    ResponseEntity<Map<String, String>> amend(@PathVariable String org, @PathVariable String code,
                                              @RequestBody IndicatorRequests.Amend request,
                                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        commands.indicator(org, code);
        commands.send(new AmendIndicator(org, code, request.change(), request.reason()), key);
        return accepted(org, code);
    }

    @PostMapping("/{code}/retirement")
    @Operation(summary = "Retire an indicator, for a reason (performance team)")
    ResponseEntity<Map<String, String>> retire(@PathVariable String org, @PathVariable String code,
                                               @RequestBody IndicatorRequests.Retire request,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        commands.indicator(org, code);
        commands.send(new RetireIndicator(org, code, request.reason()), key);
        return accepted(org, code);
    }

    @PostMapping("/{code}/recoding")
    @Operation(summary = "Continue an indicator under a new code (performance team)")
    ResponseEntity<Map<String, String>> recode(@PathVariable String org, @PathVariable String code,
                                               @RequestBody IndicatorRequests.Recode request,
                                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        commands.indicator(org, code);
        commands.send(new RecodeIndicator(org, code, request.newCode(), request.reason()), key);
        return ResponseEntity.status(201).body(Map.of("organisationId", org, "code", code,
                "newCode", String.valueOf(request.newCode())));
    }

    @PostMapping("/{code}/comparators")
    @Operation(summary = "Record a comparator: statistical neighbour, England average, floor standard, benchmark")
    ResponseEntity<Map<String, String>> comparator(@PathVariable String org, @PathVariable String code,
                                                   @RequestBody IndicatorRequests.RecordComparator request,
                                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false)
                                                   String key) {
        commands.indicator(org, code);
        commands.send(new RecordComparator(org, code, request.kind(), request.value(), request.period(),
                request.source()), key);
        return accepted(org, code);
    }

    private static ResponseEntity<Map<String, String>> accepted(String org, String code) {
        return ResponseEntity.ok(Map.of("organisationId", org, "code", code));
    }
}
