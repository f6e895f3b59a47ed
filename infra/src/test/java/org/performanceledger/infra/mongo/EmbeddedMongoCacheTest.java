package org.performanceledger.infra.mongo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The data file's page cache fits the heap it lives in unless it is configured. */
class EmbeddedMongoCacheTest {

    private static final long MB = 1024 * 1024;

    @Test
    void withoutAConfiguredSizeTheCacheIsHalfTheHeapBeyondItsFirstGigabyteFrom16To512Megabytes() {
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 512 * MB)).as("-Xmx512m: H2's own default").isEqualTo(16);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 1024 * MB)).as("-Xmx1g").isEqualTo(16);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 1536 * MB)).isEqualTo(256);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 2048 * MB)).as("-Xmx2g, as before").isEqualTo(512);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 8192 * MB)).isEqualTo(512);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 32 * MB)).as("nor for a heap smaller still").isEqualTo(16);
    }

    @Test
    void aConfiguredSizeIsTakenAsItIs() {
        assertThat(EmbeddedMongoServer.cacheMegabytes(768, 512 * MB)).isEqualTo(768);
    }
}
