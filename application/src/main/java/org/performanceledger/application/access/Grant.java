package org.performanceledger.application.access;

import java.util.Objects;

/**
 * A role a user holds in one organisation, or in all of them (an auditor across a group, say).
 *
 * @param organisationId the organisation, or {@link #ALL}
 */
public record Grant(String organisationId, Role role) {

    /** Stands for every organisation, present and future. */
    public static final String ALL = "*";

    public Grant {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(role, "role");
    }

    public boolean covers(String organisation) {
        return ALL.equals(organisationId) || organisationId.equals(organisation);
    }
}
