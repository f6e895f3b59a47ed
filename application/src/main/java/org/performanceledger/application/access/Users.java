package org.performanceledger.application.access;

import java.util.Comparator;
import java.util.List;

/** The users and the roles they hold where: read only, as users are set where the deployment keeps them. */
public class Users {

    private final UserDirectory directory;

    public Users(UserDirectory directory) {
        this.directory = directory;
    }

    /** Every user, by username (administrators). */
    public List<LedgerUser> list(Caller caller) {
        Action.SEE_USERS.requireBy(caller.user());
        return directory.all().stream().sorted(Comparator.comparing(LedgerUser::username)).toList();
    }
}
