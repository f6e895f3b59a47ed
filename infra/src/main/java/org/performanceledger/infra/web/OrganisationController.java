package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.OrganisationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.Map;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "The councils, trusts and divisions whose performance the ledger keeps")
class OrganisationController {

    record RegisterOrganisationRequest(String id, String name, Integer returnDueDays) {
    }

    record PublishReportRequest(String period, String committee, String title) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;

    OrganisationController(CommandSender commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @PostMapping
    @Operation(summary = "Register an organisation (performance team)",
            description = "returnDueDays: returns are due this many days after their period ends (default 10)")
    ResponseEntity<Map<String, String>> register(@RequestBody RegisterOrganisationRequest request,
                                                 @RequestHeader(name = "Idempotency-Key", required = false) String key,
                                                 UriComponentsBuilder uri) {
        commands.send(new RegisterOrganisation(request.id(), request.name(), request.returnDueDays()), key);
        return ResponseEntity.created(uri.path("/api/organisations/{org}").buildAndExpand(request.id()).toUri())
                .body(Map.of("id", request.id()));
    }

    @GetMapping("/{org}")
    @Operation(summary = "An organisation as the directory holds it")
    OrganisationView find(@PathVariable String org) {
        return queries.query(new FindOrganisationQuery(org), ResponseTypes.optionalInstanceOf(OrganisationView.class))
                .join()
                .orElseThrow(() -> new LedgerRejection(LedgerErrorCode.ORGANISATION_NOT_FOUND, "organisationId",
                        "No organisation '" + org + "' is registered"));
    }

    @PostMapping("/{org}/publications")
    @Operation(summary = "Record that the report for a period was issued to a committee, now (performance team)")
    ResponseEntity<Map<String, String>> publish(@PathVariable String org, @RequestBody PublishReportRequest request,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        commands.requireOrganisation(org);
        commands.send(new PublishReport(org, request.period(), request.committee(), request.title()), key);
        return ResponseEntity.status(201).body(Map.of("organisationId", org, "period", String.valueOf(request.period()),
                "committee", String.valueOf(request.committee())));
    }
}
