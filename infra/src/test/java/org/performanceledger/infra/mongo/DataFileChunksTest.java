package org.performanceledger.infra.mongo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How much the data file gathers before it writes a chunk of its own accord (ADR 24): 4 MB, not H2's 19 MB default.
 * A quarter of it bounds what H2's background compaction rewrites into the chunk of a busy moment, and a chunk
 * larger than the 4 MB write buffers H2 reuses is serialized into new buffers, grown a megabyte at a time: garbage
 * a 512 MB heap collects only by full collections.
 */
class DataFileChunksTest {

    private static final int H2_REUSED_WRITE_BUFFER = 4 * 1024 * 1024;

    @TempDir
    Path dataDir;

    @Test
    void aBusyMomentsCompactionRewritesLessThanTheWriteBufferH2Reuses() {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, false)) {
            int unsavedBeforeAChunk = server.dataFile().getAutoCommitMemory();

            assertThat(unsavedBeforeAChunk).isEqualTo(EmbeddedMongoServer.AUTO_COMMIT_BUFFER_KB * 1024);
            assertThat(unsavedBeforeAChunk / 4).isLessThan(H2_REUSED_WRITE_BUFFER);
        }
    }
}
