package org.performanceledger.application.imports;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.NewOrganisations;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.files.ImportFile;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * An import cancelled by its caller (its HTTP client went away) stops where the time limit would: between rows while
 * it is planned, before the next command while it is recorded; and either way it records nothing.
 */
class ImportCancellationTest {

    private static final String FIVE_INDICATORS = """
            MPR Code,Short Name,Minimise or Maximise
            CP 1.1,First,Aim to Maximise
            CP 1.2,Second,Aim to Maximise
            CP 1.3,Third,Aim to Maximise
            CP 1.4,Fourth,Aim to Maximise
            CP 1.5,Fifth,Aim to Maximise
            """;

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private int commandsSent;

    @Test
    void anImportCancelledWhileRecordingStopsBeforeItsNextCommandAndRecordsNothing() {
        Imports imports = importsThatCancelAfterCommands(2);

        ImportReport report = imports.run(performanceTeam(), "southend", indicatorsFile(), false, cancelled::get);

        assertThat(commandsSent).isEqualTo(2);
        assertThat(report.recorded()).isFalse();
        assertThat(report.eventsRecorded()).isZero();
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.reason()).contains("cancelled").contains("nothing was recorded");
        });
    }

    @Test
    void anImportCancelledBeforeItIsPlannedSendsNoCommand() {
        Imports imports = importsThatCancelAfterCommands(0);
        cancelled.set(true);

        ImportReport report = imports.run(performanceTeam(), "southend", indicatorsFile(), true, cancelled::get);

        assertThat(commandsSent).isZero();
        assertThat(report.recorded()).isFalse();
        assertThat(report.items()).isEmpty();
        assertThat(report.errors()).singleElement()
                .satisfies(problem -> assertThat(problem.reason()).contains("cancelled"));
    }

    @Test
    void anImportNeverCancelledIsRecorded() {
        Imports imports = importsThatCancelAfterCommands(Integer.MAX_VALUE);

        ImportReport report = imports.run(performanceTeam(), "southend", indicatorsFile(), false, cancelled::get);

        assertThat(report.errors()).isEmpty();
        assertThat(report.recorded()).isTrue();
        assertThat(commandsSent).isEqualTo(5);
    }

    private static List<ImportFile> indicatorsFile() {
        return List.of(new ImportFile("indicators.csv", FIVE_INDICATORS.getBytes(StandardCharsets.UTF_8)));
    }

    /** Imports whose caller cancels once the ledger has taken this many commands. */
    private Imports importsThatCancelAfterCommands(int commands) {
        CommandGateway gateway = mock(CommandGateway.class);
        when(gateway.sendAndWait(any())).thenAnswer(invocation -> {
            if (++commandsSent >= commands) {
                cancelled.set(true);
            }
            return null;
        });
        LedgerDirectory directory = new NewOrganisations(4);
        return new Imports(new Ledger(gateway, mock(QueryGateway.class)), directory,
                Clock.fixed(Instant.parse("2019-02-22T10:31:00Z"), ZoneOffset.UTC));
    }

    private static Caller performanceTeam() {
        return Caller.api(LedgerUser.person("performance", "Performance team",
                Set.of(new Grant("southend", Role.PERFORMANCE))), null);
    }
}
