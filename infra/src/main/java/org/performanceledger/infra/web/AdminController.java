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
    @Operation(summary = "Rebuild every projection's view from the event store beside the live one, then swap it in "
            + "(performance team); follow its progress with GET")
    ResponseEntity<Map<String, List<String>>> replayAll() {
        return ResponseEntity.accepted().body(Map.of("rebuilding", projections.rebuild(null)));
    }

    @PostMapping("/{name}/replay")
    @Operation(summary = "Rebuild one projection's view beside the live one, then swap it in (performance team)")
    ResponseEntity<Map<String, List<String>>> replay(@PathVariable String name) {
        return ResponseEntity.accepted().body(Map.of("rebuilding", projections.rebuild(name)));
    }
}
