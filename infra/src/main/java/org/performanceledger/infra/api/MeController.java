package org.performanceledger.infra.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.performanceledger.application.InvalidRequest;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.infra.security.AccessTokens;
import org.performanceledger.infra.security.TokenAuthentication;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/** Who is signed in, and their personal access tokens. */
@RestController
@RequestMapping("/api/me")
@Tag(name = "Signed-in user", description = "Who you are, your roles and where, and your access tokens")
class MeController {

    /** The signed-in user: login, name, and each role in each organisation ({@code *}: every organisation). */
    record Me(String username, String displayName, List<Grant> grants) {
    }

    record TokenRequest(String name) {
    }

    private final AccessTokens tokens;

    MeController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    @Operation(summary = "Who is signed in: username, display name, and the roles held in which organisations")
    Me me(Caller caller) {
        return new Me(caller.user().username(), caller.user().displayName(), caller.user().grants().stream()
                .sorted(Comparator.comparing(Grant::organisationId).thenComparing(Grant::role)).toList());
    }

    @GetMapping("/tokens")
    @Operation(summary = "Your personal access tokens (never the tokens themselves)")
    List<AccessTokens.Listed> tokens(Caller caller) {
        return tokens.of(caller.user().username());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Make a personal access token, shown once in the answer: send it as "
            + "'Authorization: Bearer plt_...'. Only with a password, not with another token.")
    @ApiResponse(responseCode = "201", description = "Made; the answer's token is shown this once")
    ResponseEntity<AccessTokens.Issued> issue(Caller caller, Authentication authentication,
                                              @RequestBody TokenRequest request) {
        if (authentication instanceof TokenAuthentication) {
            throw new LedgerRejection(LedgerErrorCode.FORBIDDEN, null, "A token cannot make another token: sign in "
                    + "with your password to make one", java.util.Map.of());
        }
        String name = request == null || request.name() == null ? "" : request.name().strip();
        String problem = name.isEmpty() ? "must name what the token is for"
                : org.performanceledger.application.CanonicalInput.problemWith(name, false);
        if (problem == null && name.length() > 100) {
            problem = "must be at most 100 characters";
        }
        if (problem != null) {
            throw InvalidRequest.of("name", "Text", problem);
        }
        return ResponseEntity.status(201).body(tokens.issue(caller.user().username(), name));
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of your access tokens: it stops working at once")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(Caller caller, @PathVariable String id) {
        if (!tokens.revoke(caller.user().username(), id)) {
            throw new LedgerRejection(LedgerErrorCode.TOKEN_NOT_FOUND, "id", "You have no access token '" + id + "'");
        }
        return ResponseEntity.noContent().build();
    }
}
