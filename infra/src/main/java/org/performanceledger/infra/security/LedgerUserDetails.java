package org.performanceledger.infra.security;

import org.performanceledger.application.access.LedgerUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in ledger user: the login and password Spring Security checks, and the {@link LedgerUser} the application
 * layer authorises (their roles in their organisations). Spring authorities carry only the roles' names, for
 * nothing but display: every rule is the application layer's.
 */
public final class LedgerUserDetails extends User implements LedgerPrincipal {

    private final LedgerUser user;

    LedgerUserDetails(LedgerUser user, String passwordHash) {
        super(user.username(), passwordHash, user.roles().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList());
        this.user = user;
    }

    @Override
    public LedgerUser ledgerUser() {
        return user;
    }

    public String displayName() {
        return user.displayName();
    }
}
