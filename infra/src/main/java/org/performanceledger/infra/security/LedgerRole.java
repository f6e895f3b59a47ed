package org.performanceledger.infra.security;

/** The four kinds of ledger user. */
public enum LedgerRole {
    /** Records returns and corrects past ones. */
    OFFICER,
    /** The performance team: defines indicators, targets and tolerances, and issues the MPR. */
    PERFORMANCE,
    /** Reads and replays history; changes nothing. */
    AUDITOR,
    /** Scrutiny committee members: read reports as published and as known now. */
    SCRUTINY
}
