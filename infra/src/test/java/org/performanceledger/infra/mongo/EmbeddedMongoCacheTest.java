package org.performanceledger.infra.mongo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The data file's page cache fits the heap it lives in unless it is configured. */
class EmbeddedMongoCacheTest {

    private static final long MB = 1024 * 1024;

    @Test
    void withoutAConfiguredSizeTheCacheIsAQuarterOfTheHeapAndAtMost512Megabytes() {
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 512 * MB)).isEqualTo(128);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 1024 * MB)).isEqualTo(256);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 8192 * MB)).isEqualTo(512);
        assertThat(EmbeddedMongoServer.cacheMegabytes(0, 32 * MB)).as("never below H2's own default").isEqualTo(16);
    }

    @Test
    void aConfiguredSizeIsTakenAsItIs() {
        assertThat(EmbeddedMongoServer.cacheMegabytes(768, 512 * MB)).isEqualTo(768);
    }
}
