package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.query.history.RegisterEntry;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    private final Indicators indicators;
    private final CreatedResources created;

    IndicatorController(Indicators indicators, CreatedResources created) {
        this.indicators = indicators;
        this.created = created;
    }

    @PostMapping
    @Operation(summary = "Register an indicator (performance team)")
    @ApiResponse(responseCode = "201", description = "Registered; the Location header names it")
    ResponseEntity<Map<String, String>> register(Caller caller, @PathVariable String org,
                                                 @RequestBody IndicatorRequests.Register request,
                                                 UriComponentsBuilder uri) {
        indicators.register(caller, org, request.code(), request.definition());
        URI location = uri.path("/api/organisations/{org}/indicators/{code}").buildAndExpand(org, request.code())
                .encode().toUri();
        return created.created(location, Map.of("organisationId", org, "code", request.code()));
    }

    @GetMapping
    @Operation(summary = "The organisation's indicator register, in code order, now or as the ledger knew it at asOf")
    List<RegisterEntry> register(Caller caller, @PathVariable String org,
                                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                                 Instant asOf) {
        return indicators.register(caller, org, asOf);
    }

    @GetMapping("/{code}")
    @Operation(summary = "An indicator as the register holds it")
    IndicatorView find(Caller caller, @PathVariable String org, @PathVariable String code) {
        return indicators.find(caller, org, code);
    }

    @PostMapping("/{code}/amendments")
    @Operation(summary = "Amend an indicator's definition, for a reason (performance team)")
    ResponseEntity<Map<String, String>> amend(Caller caller, @PathVariable String org, @PathVariable String code,
                                              @RequestBody IndicatorRequests.Amend request) {
        indicators.amend(caller, org, code, request.change(), request.reason());
        return accepted(org, code);
    }

    @PostMapping("/{code}/retirement")
    @Operation(summary = "Retire an indicator, for a reason (performance team)")
    ResponseEntity<Map<String, String>> retire(Caller caller, @PathVariable String org, @PathVariable String code,
                                               @RequestBody IndicatorRequests.Retire request) {
        indicators.retire(caller, org, code, request.reason());
        return accepted(org, code);
    }

    @PostMapping("/{code}/recoding")
    @Operation(summary = "Continue an indicator under a new code (performance team)")
    @ApiResponse(responseCode = "201", description = "Continued under the new code")
    ResponseEntity<Map<String, String>> recode(Caller caller, @PathVariable String org, @PathVariable String code,
                                               @RequestBody IndicatorRequests.Recode request) {
        indicators.recode(caller, org, code, request.newCode(), request.reason());
        return ResponseEntity.status(201).body(Map.of("organisationId", org, "code", code,
                "newCode", String.valueOf(request.newCode())));
    }

    @PostMapping("/{code}/comparators")
    @Operation(summary = "Record a comparator: statistical neighbour, England average, floor standard, benchmark")
    ResponseEntity<Map<String, String>> comparator(Caller caller, @PathVariable String org, @PathVariable String code,
                                                   @RequestBody Indicators.ComparatorEntry request) {
        indicators.recordComparator(caller, org, code, request);
        return accepted(org, code);
    }

    private static ResponseEntity<Map<String, String>> accepted(String org, String code) {
        return ResponseEntity.ok(Map.of("organisationId", org, "code", code));
    }
}
