package org.performanceledger.application.imports;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.MovableClock;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.NewOrganisations;
import org.performanceledger.command.LedgerDirectory;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.imports.files.ImportLimits;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The import's time limit holds for the whole of it, recording included, so an import nobody waits for any more
 * (its client gone) still ends within the limit: here each command takes a third of the limit by the ledger's
 * clock, and the import stops at its fourth row, recording nothing.
 */
class ImportTimeLimitTest {

    private static final Duration LIMIT = ImportLimits.DEFAULT.timeLimit();

    private final MovableClock clock = new MovableClock(Instant.parse("2019-02-22T10:31:00Z"));
    private int commandsSent;

    @Test
    void anImportThatOutlastsItsTimeLimitWhileRecordingStopsAndRecordsNothing() {
        Imports imports = importsWhoseCommandsTakeAThirdOfTheLimit();
        String csv = """
                MPR Code,Short Name,Minimise or Maximise
                CP 1.1,First,Aim to Maximise
                CP 1.2,Second,Aim to Maximise
                CP 1.3,Third,Aim to Maximise
                CP 1.4,Fourth,Aim to Maximise
                CP 1.5,Fifth,Aim to Maximise
                """;

        ImportReport report = imports.run(performanceTeam(), "southend",
                List.of(new ImportFile("indicators.csv", csv.getBytes(StandardCharsets.UTF_8))), false);

        assertThat(commandsSent).isEqualTo(3);
        assertThat(report.recorded()).isFalse();
        assertThat(report.eventsRecorded()).isZero();
        assertThat(report.errors()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("indicators.csv");
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.reason()).contains("longer than its limit of " + LIMIT.toSeconds() + " s")
                    .contains("nothing was recorded");
        });
    }

    @Test
    void anImportWithinItsTimeLimitIsRecorded() {
        Imports imports = importsWhoseCommandsTakeAThirdOfTheLimit();
        String csv = """
                MPR Code,Short Name,Minimise or Maximise
                CP 1.1,First,Aim to Maximise
                CP 1.2,Second,Aim to Maximise
                """;

        ImportReport report = imports.run(performanceTeam(), "southend",
                List.of(new ImportFile("indicators.csv", csv.getBytes(StandardCharsets.UTF_8))), false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.recorded()).isTrue();
        assertThat(commandsSent).isEqualTo(2);
    }

    private Imports importsWhoseCommandsTakeAThirdOfTheLimit() {
        CommandGateway commands = mock(CommandGateway.class);
        when(commands.sendAndWait(any())).thenAnswer(invocation -> {
            commandsSent++;
            clock.move(LIMIT.dividedBy(3));
            return null;
        });
        LedgerDirectory directory = new NewOrganisations(4);
        return new Imports(new Ledger(commands, mock(QueryGateway.class)), directory, clock);
    }

    private static Caller performanceTeam() {
        return Caller.api(LedgerUser.person("performance", "Performance team",
                Set.of(new Grant("southend", Role.PERFORMANCE))), null);
    }
}
