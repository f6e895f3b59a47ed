package org.performanceledger.infra;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application starts as it does for users: in a separate JVM whose class path has none of the test libraries.
 * axon-test, for one, registers a parameter resolver that answers any handler parameter, which would hide wiring
 * that only fails in production.
 */
class StartsWithoutTestLibrariesTest {

    @Test
    void theApplicationStartsAndVerifiesAnEmptyStoreWithTheProductionClassPathOnly() throws Exception {
        String classPath = Arrays.stream(System.getProperty("surefire.test.class.path",
                        System.getProperty("java.class.path")).split(File.pathSeparator))
                .filter(entry -> !entry.contains("axon-test") && !entry.contains("test-classes")
                        && !entry.contains("junit") && !entry.contains("mockito") && !entry.contains("assertj")
                        && !entry.contains("awaitility") && !entry.contains("archunit"))
                .collect(Collectors.joining(File.pathSeparator));
        Path dataDir = TestData.freshDirectory("production-classpath");

        ChildJvm.Outcome started = ChildJvm.runWithClassPath(classPath, LedgerApplication.class.getName(),
                Duration.ofMinutes(2), "--ledger.command=verify", "--spring.main.web-application-type=none",
                "--ledger.data-dir=" + dataDir, "--logging.file.name=", "--spring.main.banner-mode=off");

        assertThat(started.exitCode()).as(String.join("\n", started.lines())).isZero();
        assertThat(started.lines()).anySatisfy(line -> assertThat(line).startsWith("Event store intact through"));
    }
}
