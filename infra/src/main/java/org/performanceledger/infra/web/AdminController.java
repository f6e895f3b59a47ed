package org.performanceledger.infra.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.infra.replay.ProcessorStatus;
import org.performanceledger.infra.replay.Projections;
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
@Tag(name = "Administration", description = "Projections: where each stands against the event store, and replays")
class AdminController {

    private final Projections projections;

    AdminController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping
    @Operation(summary = "Each projection's position against the head of the event store")
    List<ProcessorStatus> status() {
        return projections.status();
    }

    @PostMapping("/replay")
    @Operation(summary = "Rebuild every projection from the event store (performance team); follow it with GET")
    ResponseEntity<Map<String, List<String>>> replayAll() {
        return ResponseEntity.accepted().body(Map.of("replaying", projections.replay(null)));
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Rebuild one projection from the event store (performance team)")
    ResponseEntity<Map<String, List<String>>> replay(@PathVariable String name) {
        return ResponseEntity.accepted().body(Map.of("replaying", projections.replay(name)));
    }
}
