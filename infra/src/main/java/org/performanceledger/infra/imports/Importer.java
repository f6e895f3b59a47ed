package org.performanceledger.infra.imports;

/**
 * Who imports, when no one is signed in to say so: the command line's named user, or the demo data loader.
 * Over HTTP the signed-in user is recorded instead.
 */
public record Importer(String userId, String userName, String role) {
}
