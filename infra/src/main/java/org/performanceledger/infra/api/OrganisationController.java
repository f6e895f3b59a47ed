package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.query.history.PeriodsWithData;
import org.performanceledger.query.history.ReturnDue;
import org.performanceledger.query.organisations.OrganisationView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/organisations")
@Tag(name = "Organisations", description = "The councils, trusts and divisions whose performance the ledger keeps")
class OrganisationController {

    private final Organisations organisations;
    private final Publications publications;

    private final CreatedResources created;

    OrganisationController(Organisations organisations, Publications publications, CreatedResources created) {
        this.organisations = organisations;
        this.publications = publications;
        this.created = created;
    }

    @PostMapping
    @Operation(summary = "Register an organisation (administrators)",
            description = "returnDueDays: returns are due this many days after their period ends (default 10)")
    @ApiResponse(responseCode = "201", description = "Registered; the Location header names it")
    ResponseEntity<Map<String, String>> register(Caller caller, @RequestBody Organisations.Registration request,
                                                 UriComponentsBuilder uri) {
        organisations.register(caller, request);
        return created.created(uri.path("/api/organisations/{org}").buildAndExpand(request.id()).toUri(),
                Map.of("id", request.id()));
    }

    @GetMapping
    @Operation(summary = "The organisations you hold a role in, in id order")
    List<OrganisationView> list(Caller caller) {
        return organisations.list(caller);
    }

    @GetMapping("/{org}/returns-due")
    @Operation(summary = "The returns the organisation owes: each indicator's latest ended period without a value, "
            + "with its due date and whether it is late")
    List<ReturnDue> returnsDue(Caller caller, @PathVariable String org) {
        return organisations.returnsDue(caller, org);
    }

    @GetMapping("/{org}/periods")
    @Operation(summary = "The periods the organisation holds values for, newest first, by frequency: months "
            + "(2019-01), quarters (2019-Q3), school terms (2018-19-T1) and years (2018-19); the reports "
            + "/api/organisations/{org}/reports/{period} with something to show")
    PeriodsWithData periods(Caller caller, @PathVariable String org) {
        return organisations.periodsWithData(caller, org);
    }

    @GetMapping("/{org}")
    @Operation(summary = "An organisation as the directory holds it")
    OrganisationView find(Caller caller, @PathVariable String org) {
        return organisations.find(caller, org);
    }

    @PostMapping("/{org}/publications")
    @Operation(summary = "Record that the report for a period was issued to a committee, now (performance team)")
    @ApiResponse(responseCode = "201", description = "Recorded as published")
    ResponseEntity<Map<String, String>> publish(Caller caller, @PathVariable String org,
                                                @RequestBody Publications.Publication request) {
        publications.publish(caller, org, request);
        return ResponseEntity.status(201).body(Map.of("organisationId", org, "period", String.valueOf(request.period()),
                "committee", String.valueOf(request.committee())));
    }
}
