package org.performanceledger.infra.mongo;

import org.h2.mvstore.MVStore;

import java.util.function.Supplier;

/**
 * Keeps the data file's pages that a piece of work may still read until the work ends.
 * <p>
 * H2 rewrites the live pages of half-empty chunks into new ones in the background (auto-compaction), and drops an
 * emptied chunk once it is older than the retention time and no version still in use needs it. A reader walking a map
 * holds no claim on its version unless it registers one: when more than a handful of versions are committed while it
 * walks (every acknowledged command commits one), the chunk holding its next page can be dropped underneath it, and
 * it fails with {@code Chunk N not found} (h2database#4383, #2118). That is how a freshly filled 3.5 GB file once
 * failed to open: the opening walked a whole collection while compaction ran (docs/embedded-mongodb.md). Every
 * command the embedded server answers, and the opening of the file, runs inside {@link #during}: an increment and a
 * decrement of H2's counter for the current version, registered and released as H2's own transactions do theirs
 * ({@code TransactionStore}). Releasing by the decrement alone would leave H2's list of versions in use untrimmed
 * until the next commit, and a store closed before one finds its oldest version out of date (H2 asserts it).
 */
final class PinnedVersion {

    private PinnedVersion() {
    }

    static <T> T during(MVStore store, Supplier<T> work) {
        MVStore.TxCounter pin = store.registerVersionUsage();
        try {
            return work.get();
        } finally {
            store.deregisterVersionUsage(pin);
        }
    }
}
