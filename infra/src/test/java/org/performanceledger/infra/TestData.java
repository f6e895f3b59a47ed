package org.performanceledger.infra;

import java.nio.file.Path;
import java.util.UUID;

/** Where tests put their embedded databases: under target/, a fresh directory each time, never ./data. */
public final class TestData {

    private TestData() {
    }

    public static Path freshDirectory(String purpose) {
        return Path.of("target", "test-data", purpose + "-" + UUID.randomUUID()).toAbsolutePath();
    }

    /** Arguments that start the application quietly on a free port with the given data directory. */
    public static String[] applicationArguments(Path dataDir) {
        return new String[]{
                "--server.port=0",
                "--ledger.data-dir=" + dataDir,
                "--logging.file.name=",
                "--spring.main.banner-mode=off"
        };
    }
}
