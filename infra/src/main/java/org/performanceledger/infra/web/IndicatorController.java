package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.ProvenanceKeys;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.util.Map;

@RestController
@RequestMapping("/api/organisations/{org}/indicators")
@Tag(name = "Indicators", description = "The indicators an organisation tracks")
class IndicatorController {

    private final CommandGateway commands;
    private final QueryGateway queries;

    IndicatorController(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Register an indicator (performance team)")
    ResponseEntity<Map<String, String>> register(@PathVariable String org,
                                                 @RequestBody RegisterIndicatorRequest request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false)
                                                 String idempotencyKey,
                                                 UriComponentsBuilder uri) {
        RegisterIndicator command = new RegisterIndicator(org, request.code(), request.shortName(),
                request.description(), request.polarity());
        MetaData metaData = idempotencyKey == null
                ? MetaData.emptyInstance() : MetaData.with(ProvenanceKeys.IDEMPOTENCY_KEY, idempotencyKey);
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(metaData));
        URI location = uri.path("/api/organisations/{org}/indicators/{code}").buildAndExpand(org, request.code())
                .encode().toUri();
        return ResponseEntity.created(location).body(Map.of("organisationId", org, "code", request.code()));
    }

    @GetMapping("/{code}")
    @Operation(summary = "An indicator as the register holds it")
    IndicatorView find(@PathVariable String org, @PathVariable String code) {
        return queries.query(new FindIndicatorQuery(org, code), ResponseTypes.optionalInstanceOf(IndicatorView.class))
                .join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.INDICATOR_NOT_FOUND, "code",
                        "No indicator '" + code + "' is registered in organisation '" + org + "'"));
    }
}
