package org.performanceledger.infra.axon;

import org.performanceledger.query.ViewStore;

/** The live store of each view the ledger keeps. */
record ViewStores(ViewStore register, ViewStore directory, ViewStore history, ViewStore audit) {
}
