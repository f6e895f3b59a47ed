package org.performanceledger.infra.axon;

import org.performanceledger.query.ViewStore;

import java.util.Map;

/** The live store of each view the ledger keeps, by view name; shared by its projection, its readers and rebuilds. */
public record ViewStores(Map<String, ViewStore> byName) {

    public ViewStores {
        byName = Map.copyOf(byName);
    }

    public ViewStore of(String view) {
        ViewStore store = byName.get(view);
        if (store == null) {
            throw new IllegalArgumentException("No view '" + view + "'");
        }
        return store;
    }
}
