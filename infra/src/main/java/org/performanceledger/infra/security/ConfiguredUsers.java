package org.performanceledger.infra.security;

import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.access.UserDirectory;
import org.performanceledger.infra.LedgerProperties;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users of {@code ledger.users}, read once at start: who they are, their password hashes and their grants. The
 * application layer reads them as its {@link UserDirectory}.
 */
public final class ConfiguredUsers implements UserDirectory {

    /** A configured user and the hash their password is checked against. */
    public record Account(LedgerUser user, String passwordHash) {
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();

    public ConfiguredUsers(LedgerProperties properties) {
        for (LedgerProperties.User user : properties.users()) {
            if (accounts.put(user.username(), new Account(toLedgerUser(user), user.password())) != null) {
                throw new IllegalArgumentException("ledger.users: '" + user.username() + "' is configured twice");
            }
        }
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(accounts.get(username));
    }

    @Override
    public List<LedgerUser> all() {
        return accounts.values().stream().map(Account::user).toList();
    }

    static LedgerUser toLedgerUser(LedgerProperties.User user) {
        List<String> roleNames = new ArrayList<>(user.roles());
        if (user.role() != null && !user.role().isBlank()) {
            roleNames.add(user.role());
        }
        if (roleNames.isEmpty()) {
            throw new IllegalArgumentException("ledger.users: '" + user.username() + "' has no role");
        }
        List<String> organisations = user.organisations().isEmpty() && roleNames.stream()
                .allMatch(role -> role.equalsIgnoreCase(Role.ADMIN.name())) ? List.of(Grant.ALL)
                : user.organisations();
        if (organisations.isEmpty()) {
            throw new IllegalArgumentException("ledger.users: '" + user.username()
                    + "' has no organisations (name them, or give '*' for all)");
        }
        Set<Grant> grants = new HashSet<>();
        for (String roleName : roleNames) {
            Role role;
            try {
                role = Role.valueOf(roleName.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("ledger.users: '" + user.username() + "' has role '" + roleName
                        + "'; the roles are " + List.of(Role.values()));
            }
            organisations.forEach(organisation -> grants.add(new Grant(organisation.strip(), role)));
        }
        String displayName = user.displayName() == null || user.displayName().isBlank() ? user.username()
                : user.displayName();
        return LedgerUser.person(user.username(), displayName, grants);
    }
}
