package org.performanceledger.infra;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.events.Polarity;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Run in a separate JVM by {@link CrashDurabilityTest}: starts the ledger, registers indicators from several threads,
 * prints {@code ACK <code>} as each command is acknowledged, and halts the JVM (no shutdown hooks, no flush) the
 * moment the last acknowledgement is printed, while other commands may still be in flight.
 */
public final class CrashingLedger {

    static final String ORGANISATION = "crash-council";
    static final int HALT_STATUS = 137;

    private CrashingLedger() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int acknowledgementsBeforeCrash = Integer.parseInt(args[1]);
        ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                TestData.applicationArguments(dataDir));
        CommandGateway commands = ledger.getBean(CommandGateway.class);
        commands.sendAndWait(new RegisterOrganisation(ORGANISATION, "Crash Council", null));
        AtomicInteger acknowledged = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        for (int w = 0; w < 4; w++) {
            writers.submit(() -> {
                while (true) {
                    String code = "C " + next.incrementAndGet();
                    commands.sendAndWait(new RegisterIndicator(ORGANISATION, code, "Crash " + code, null,
                            Polarity.MAXIMISE));
                    synchronized (System.out) {
                        System.out.println("ACK " + code);
                        System.out.flush();
                        if (acknowledged.incrementAndGet() == acknowledgementsBeforeCrash) {
                            Runtime.getRuntime().halt(HALT_STATUS);
                        }
                    }
                }
            });
        }
    }
}
