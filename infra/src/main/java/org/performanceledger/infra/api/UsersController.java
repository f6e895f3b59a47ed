package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.Users;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/** The users and their roles, as the administration page lists them: read only, as users are configured. */
@RestController
@Tag(name = "Administration",
        description = "Projections: where each stands against the event store, and replays; the users")
class UsersController {

    /** A user: login, name, and each role in each organisation ({@code *}: every organisation). */
    record UserEntry(String username, String displayName, List<Grant> grants) {
    }

    private final Users users;

    UsersController(Users users) {
        this.users = users;
    }

    @GetMapping("/api/admin/users")
    @Operation(summary = "Every user, by username, with the roles they hold and where (administrators); users are "
            + "configured (ledger.users), so this is read only")
    List<UserEntry> list(Caller caller) {
        return users.list(caller).stream().map(user -> new UserEntry(user.username(), user.displayName(),
                user.grants().stream().sorted(Comparator.comparing(Grant::organisationId)
                        .thenComparing(Grant::role)).toList())).toList();
    }
}
