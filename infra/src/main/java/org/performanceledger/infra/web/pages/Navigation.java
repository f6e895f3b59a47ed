package org.performanceledger.infra.web.pages;

import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.infra.security.LedgerPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Collections;

/**
 * Which of the navigation's items the signed-in user may use, as {@link Action} decides (layout.html:
 * {@code ${@navigation.audit()}}): an item shows when one of the roles its action needs is held somewhere.
 * Only a guide for the eye: each page's own use case still decides.
 */
@Component("navigation")
public class Navigation {

    /** The audit trails (auditors, the performance team). */
    public boolean audit() {
        return heldSomewhere(Action.READ_AUDIT_TRAIL);
    }

    /** Imports (the performance team). */
    public boolean imports() {
        return heldSomewhere(Action.IMPORT);
    }

    /** The views, the users and the verification (administrators; auditors and the performance team see the views). */
    public boolean administration() {
        return heldSomewhere(Action.SEE_VIEWS) || heldSomewhere(Action.SEE_USERS);
    }

    private static boolean heldSomewhere(Action action) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof LedgerPrincipal principal)) {
            return false;
        }
        LedgerUser user = principal.ledgerUser();
        return user.isOperator() || !Collections.disjoint(action.roles(), user.roles());
    }
}
