package org.performanceledger.infra;

import org.junit.jupiter.api.Test;
import org.performanceledger.infra.mongo.EmbeddedMongoServer;
import org.performanceledger.infra.mongo.EmbeddedMongoStartupException;
import org.springframework.boot.SpringApplication;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.DATA_DIRECTORY_UNUSABLE;
import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.DATA_FILE_IN_USE;
import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.PORT_IN_USE;

/** A start that cannot work says why in one clear report and a distinct exit code, not a wall of stack trace. */
class StartupFailureTest {

    @Test
    void aPortInUseStopsTheLedgerWithOneClearReportAndItsExitCode() throws Exception {
        try (ServerSocket occupied = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path dataDir = TestData.freshDirectory("port-in-use");

            ChildJvm.Outcome outcome = ChildJvm.run(LedgerApplication.class, Duration.ofMinutes(2),
                    "--ledger.data-dir=" + dataDir, "--server.port=0", "--logging.file.name=",
                    "--ledger.embedded-mongo.port=" + occupied.getLocalPort());

            assertThat(outcome.exitCode()).isEqualTo(PORT_IN_USE.exitCode());
            assertThat(outcome.lines()).anySatisfy(line -> assertThat(line)
                    .contains("Embedded MongoDB cannot listen on 127.0.0.1:" + occupied.getLocalPort())
                    .contains("already in use"));
            assertThat(outcome.lines()).anySatisfy(line -> assertThat(line).contains("APPLICATION FAILED TO START"));
            assertThat(outcome.lines()).as("no stack trace").noneMatch(line -> line.startsWith("\tat "));
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReportedWithItsPath() throws IOException {
        Path notADirectory = Files.createDirectories(TestData.freshDirectory("not-a-directory").getParent())
                .resolve("plain-file-" + System.nanoTime());
        Files.writeString(notADirectory, "this is a file, not a directory");

        assertThatThrownBy(() -> SpringApplication.run(LedgerApplication.class,
                TestData.applicationArguments(notADirectory.resolve("data"))))
                .hasRootCauseInstanceOf(java.nio.file.FileSystemException.class)
                .satisfies(failure -> {
                    EmbeddedMongoStartupException cause = findCause(failure);
                    assertThat(cause.reason()).isEqualTo(DATA_DIRECTORY_UNUSABLE);
                    assertThat(cause.getExitCode()).isEqualTo(3);
                    assertThat(cause.getMessage()).contains(notADirectory.resolve("data").toString());
                });
    }

    @Test
    void aDataFileAlreadyOpenedByAnotherLedgerIsRefused() {
        Path dataDir = TestData.freshDirectory("locked");
        try (EmbeddedMongoServer first = EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true)) {
            assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDir, "127.0.0.1", 0, true))
                    .isInstanceOfSatisfying(EmbeddedMongoStartupException.class, refused -> {
                        assertThat(refused.reason()).isEqualTo(DATA_FILE_IN_USE);
                        assertThat(refused.getMessage()).contains("locked by another process");
                    });
        }
    }

    private static EmbeddedMongoStartupException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedMongoStartupException startup) {
                return startup;
            }
        }
        throw new AssertionError("no EmbeddedMongoStartupException in " + failure);
    }
}
