package org.performanceledger.infra.imports;

import org.performanceledger.events.ProvenanceKeys;

import java.util.Map;

/**
 * Who imports, when no one is signed in to say so: the command line's named user, or the demo data loader.
 * Over HTTP the signed-in user is recorded instead.
 */
public record Importer(String userId, String userName, String role) {

    /** Who, as the metadata keys every command of theirs carries. */
    public Map<String, Object> provenance() {
        return Map.of(ProvenanceKeys.USER_ID, userId, ProvenanceKeys.USER_NAME, userName, ProvenanceKeys.ROLE, role);
    }
}
