package org.performanceledger.application.access;

import java.util.List;

/**
 * The people who may sign in, as the deployment knows them (configuration, a directory): the application layer only
 * reads them, to show who holds which role where.
 */
public interface UserDirectory {

    /** Every user, in the order the directory keeps them. */
    List<LedgerUser> all();
}
