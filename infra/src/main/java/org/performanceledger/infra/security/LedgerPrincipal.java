package org.performanceledger.infra.security;

import org.performanceledger.application.access.LedgerUser;

/** A signed-in principal, however it signed in (password, token, identity provider): the user the ledger acts for. */
public interface LedgerPrincipal {

    LedgerUser ledgerUser();
}
