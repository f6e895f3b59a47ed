package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.application.views.Views;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/admin/projections")
@Tag(name = "Administration",
        description = "Projections: where each stands against the event store, and replays; the users")
class AdminController {

    private final Views views;

    AdminController(Views views) {
        this.views = views;
    }

    @GetMapping
    @Operation(summary = "Each projection's position against the head of the event store")
    List<ViewStatus> status(Caller caller) {
        return views.status(caller);
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild every projection's view from the event store beside the live one, then swap it in "
            + "(administrators, performance team); follow its progress with GET")
    @ApiResponse(responseCode = "202", description = "Rebuilding: the views named")
    ResponseEntity<Map<String, List<String>>> replayAll(Caller caller) {
        return ResponseEntity.accepted().body(Map.of("rebuilding", views.rebuild(caller, null)));
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Rebuild one projection's view beside the live one, then swap it in")
    @ApiResponse(responseCode = "202", description = "Rebuilding: the view named")
    ResponseEntity<Map<String, List<String>>> replay(Caller caller, @PathVariable String name) {
        return ResponseEntity.accepted().body(Map.of("rebuilding", views.rebuild(caller, name)));
    }
}
