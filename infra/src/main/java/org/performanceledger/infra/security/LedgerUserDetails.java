package org.performanceledger.infra.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.List;

/** A signed-in ledger user: the login id, the display name and the one role recorded on what they change. */
public final class LedgerUserDetails extends User {

    private final String displayName;
    private final String role;

    LedgerUserDetails(String username, String passwordHash, String displayName, String role) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.displayName = displayName;
        this.role = role;
    }

    public String displayName() {
        return displayName;
    }

    public String role() {
        return role;
    }
}
