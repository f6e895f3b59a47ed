package org.performanceledger.application.access;

import org.performanceledger.events.LedgerRejection;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.performanceledger.application.access.Role.ADMIN;
import static org.performanceledger.application.access.Role.AUDITOR;
import static org.performanceledger.application.access.Role.OFFICER;
import static org.performanceledger.application.access.Role.PERFORMANCE;
import static org.performanceledger.application.access.Role.SCRUTINY;

/**
 * Who may do what: every use case of the ledger names one of these, and this table is the only place the roles
 * for it are written. An organisation's actions need one of the roles in that organisation; the ledger's own
 * actions (registering an organisation, verifying the store, the views) need one of them anywhere.
 */
public enum Action {
    READ("read this organisation's indicators, targets, values and reports", true,
            OFFICER, PERFORMANCE, AUDITOR, SCRUTINY),
    SEE_ORGANISATION("see this organisation in the directory", true,
            OFFICER, PERFORMANCE, AUDITOR, SCRUTINY, ADMIN),
    RECORD_RETURNS("record or correct values, outturns, commentary and expected outcomes", true, OFFICER, PERFORMANCE),
    DEFINE_INDICATORS("register or change indicators", true, PERFORMANCE),
    SET_TARGETS("set targets", true, PERFORMANCE),
    IMPORT("import files", true, PERFORMANCE),
    PUBLISH("publish reports", true, PERFORMANCE),
    CONFIGURE_REPORTS("choose the status scheme and describe the corporate aims", true, PERFORMANCE),
    READ_AUDIT_TRAIL("read the audit trail", true, AUDITOR, PERFORMANCE),
    REGISTER_ORGANISATION("register an organisation", false, ADMIN),
    VERIFY_STORE("verify the event store", false, AUDITOR, PERFORMANCE, ADMIN),
    SEE_VIEWS("see where the views stand", false, AUDITOR, PERFORMANCE, ADMIN),
    REBUILD_VIEWS("rebuild the views", false, ADMIN, PERFORMANCE),
    SEE_USERS("see the users and their organisations", false, ADMIN);

    private final String words;
    private final boolean inOrganisation;
    private final Set<Role> roles;

    Action(String words, boolean inOrganisation, Role first, Role... rest) {
        this.words = words;
        this.inOrganisation = inOrganisation;
        this.roles = EnumSet.of(first, rest);
    }

    /** The roles that allow it, in the order the table gives them. */
    public List<Role> roles() {
        return List.copyOf(roles);
    }

    /** True when the user may do this in the organisation (for the ledger's own actions, anywhere). */
    public boolean allows(LedgerUser user, String organisationId) {
        return user.isOperator() || held(user, organisationId).findAny().isPresent();
    }

    /**
     * The role the user acts in to do this in the organisation (recorded on what it changes), or a refusal naming
     * the organisation and the roles that would be needed.
     */
    public String requireBy(LedgerUser user, String organisationId) {
        if (user.isOperator()) {
            return user.operator();
        }
        return held(user, organisationId).findFirst().map(Enum::name)
                .orElseThrow(() -> LedgerRejection.forbidden(inOrganisation ? organisationId : null, roles, words));
    }

    /** {@link #requireBy} for the ledger's own actions, which belong to no organisation. */
    public String requireBy(LedgerUser user) {
        if (inOrganisation) {
            throw new IllegalStateException(this + " is done in an organisation: name it");
        }
        return requireBy(user, null);
    }

    private java.util.stream.Stream<Role> held(LedgerUser user, String organisationId) {
        Set<Role> held = inOrganisation ? user.rolesIn(organisationId) : user.roles();
        return roles.stream().filter(held::contains);
    }
}
