package org.performanceledger.application.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Someone the ledger acts for: a signed-in person, or the operator of the command line or the demo loader. What they
 * do is recorded under their username and display name, with the role they acted in.
 *
 * @param username    the login name, recorded as the user id on every event
 * @param displayName the name recorded beside it
 * @param grants      the roles held, each in an organisation or in all
 * @param operator    for the command line and the demo loader: a label recorded as the role (e.g. {@code CLI}), and
 *                    every use case allowed, as whoever runs them already holds the data files; null for people
 */
public record LedgerUser(String username, String displayName, Set<Grant> grants, String operator) {

    public LedgerUser {
        grants = Set.copyOf(grants);
    }

    public static LedgerUser person(String username, String displayName, Set<Grant> grants) {
        return new LedgerUser(username, displayName, grants, null);
    }

    /** Someone working on the data files directly (command line, demo loader): no grant is checked. */
    public static LedgerUser operator(String username, String displayName, String label) {
        return new LedgerUser(username, displayName, Set.of(), label);
    }

    public boolean isOperator() {
        return operator != null;
    }

    /** The roles held in an organisation, directly or through a grant for all. */
    public Set<Role> rolesIn(String organisationId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.stream().filter(grant -> grant.covers(organisationId)).forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    /** The roles held anywhere. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        grants.forEach(grant -> roles.add(grant.role()));
        return roles;
    }

    /** True when a grant covers every organisation. */
    public boolean coversAllOrganisations() {
        return grants.stream().anyMatch(grant -> Grant.ALL.equals(grant.organisationId()));
    }

    /** The organisations named in the user's grants (not those covered by a grant for all), in order. */
    public List<String> namedOrganisations() {
        Set<String> named = new TreeSet<>();
        grants.stream().map(Grant::organisationId).filter(id -> !Grant.ALL.equals(id)).forEach(named::add);
        return List.copyOf(named);
    }
}
