package org.performanceledger.application.access;

/** What a user may do in an organisation (or, for the administrator, in the ledger). */
public enum Role {
    /** Records returns and corrects past ones, with commentary, expected outcomes and outturns. */
    OFFICER,
    /** The performance team: defines indicators, targets and tolerances, imports, and issues reports. */
    PERFORMANCE,
    /** Reads and replays history, verifies the store; changes nothing. */
    AUDITOR,
    /** Scrutiny committee members: read reports as published and as known now. */
    SCRUTINY,
    /** Registers organisations and manages users; reads nothing of an organisation unless granted. */
    ADMIN
}
