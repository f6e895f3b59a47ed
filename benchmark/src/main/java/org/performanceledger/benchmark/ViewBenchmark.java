package org.performanceledger.benchmark;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Channel;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.views.ViewStatus;
import org.performanceledger.imports.files.ImportFile;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.infra.LedgerApplication;
import org.performanceledger.infra.replay.Projections;
import org.performanceledger.query.audit.AuditTrailProjection;
import org.performanceledger.query.history.IndicatorHistoryProjection;
import org.performanceledger.query.organisations.OrganisationDirectoryProjection;
import org.performanceledger.query.register.IndicatorRegisterProjection;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * How fast each view follows the event store, in the running ledger: catching up after the import of ten years of
 * 60 monthly indicators (7,860 events in one unit of work), and replaying the whole store (the import repeated for
 * more organisations). Each view's rate is printed beside a baseline measured in the same run on the same machine:
 * the same documents, batch by batch, read and bulk-written by hand without Axon ({@link RawBulkWrites}).
 * Run with {@code views [organisations for the replay, default 5]}.
 */
final class ViewBenchmark {

    private static final Map<String, List<String>> VIEWS = new LinkedHashMap<>();
    private static final int BATCH = 256;

    static {
        VIEWS.put(IndicatorRegisterProjection.PROCESSING_GROUP, IndicatorRegisterProjection.COLLECTIONS);
        VIEWS.put(OrganisationDirectoryProjection.PROCESSING_GROUP, OrganisationDirectoryProjection.COLLECTIONS);
        VIEWS.put(IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.COLLECTIONS);
        VIEWS.put(AuditTrailProjection.PROCESSING_GROUP, AuditTrailProjection.COLLECTIONS);
    }

    /** One look at every view's position, and when it was taken. */
    private static final Caller IMPORTER = new Caller(LedgerUser.operator("benchmark", "View benchmark", "CLI"),
            Channel.COMMAND_LINE, null);

    private record Look(long nanos, long head, Map<String, ViewStatus> views) {
    }

    private ViewBenchmark() {
    }

    static void main(String[] args) throws java.io.IOException, InterruptedException {
        int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Figures figures = new Figures();
        run(organisations, List.of(args).subList(Math.min(1, args.length), args.length), figures);
        System.out.println(figures.tables());
    }

    private static final String AREA = "Views following imports (in process, embedded MongoDB)";

    /** @param ledgerSettings passed to the ledger, such as {@code --ledger.projections.rebuild-batch-size=256} */
    static void run(int organisations, List<String> ledgerSettings, Figures figures)
            throws java.io.IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("ledger-view-benchmark");
        System.out.printf(Locale.ROOT, "View benchmark: catch-up after one import of 7,860 events, then a replay of "
                + "%d organisations' imports; data in %s (deleted at the end)%n", organisations, dataDir);
        List<String> settings = new ArrayList<>(List.of("--ledger.data-dir=" + dataDir,
                "--spring.main.web-application-type=none", "--logging.file.name=", "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        settings.addAll(ledgerSettings);
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                settings.toArray(String[]::new))) {
            Projections projections = ledger.getBean(Projections.class);
            MongoDatabase database = ledger.getBean(MongoDatabase.class);
            List<ImportFile> files = ImportBenchmark.files();
            Imports imports = ledger.getBean(Imports.class);
            CommandGateway commands = ledger.getBean(CommandGateway.class);

            commands.sendAndWait(new RegisterOrganisation("bench-0", "Benchmark Council 0", null));
            List<Look> looks = until(projections, statuses -> statuses.stream().allMatch(ViewStatus::caughtUp));
            long before = looks.get(looks.size() - 1).head();
            Watcher watcher = new Watcher(projections);
            watcher.start();
            long importStarted = System.nanoTime();
            imports.run(IMPORTER, "bench-0", files, false);
            long imported = System.nanoTime();
            List<Look> catchUp = watcher.stopWhen(statuses -> statuses.stream().allMatch(ViewStatus::caughtUp));
            long after = catchUp.get(catchUp.size() - 1).head();
            long visible = catchUp.stream().filter(look -> look.head() > before).findFirst().orElseThrow().nanos();
            System.out.printf(Locale.ROOT, "Import: %,d events in %.2f s; first visible to the views %.2f s after "
                    + "it started%n", after - before, (imported - importStarted) / 1e9, (visible - importStarted) / 1e9);
            List<EventMessage<?>> importEvents = events(ledger.getBean(EventStore.class), before, after);
            System.out.println("Catch-up (from the events becoming visible until the view's position reaches the "
                    + "head; baseline: the same documents bulk-written by hand, batches of " + BATCH + ")");
            double lastCurrent = 0;
            Map<String, Double> rawCatchUp = new HashMap<>();
            for (String view : VIEWS.keySet()) {
                long current = catchUp.stream().filter(look -> look.views().get(view).position() >= after)
                        .findFirst().orElseThrow().nanos();
                double seconds = (current - visible) / 1e9;
                double baseline = new RawBulkWrites(database, view, VIEWS.get(view), suffix(database, view))
                        .run(importEvents, BATCH);
                System.out.printf(Locale.ROOT, "  %-24s current %5.2f s after visible (%5.2f s after the import "
                                + "returned)  %,8.0f events/s   baseline %,8.0f events/s%n", view, seconds,
                        Math.max(0, current - imported) / 1e9, importEvents.size() / seconds, baseline);
                lastCurrent = Math.max(lastCurrent, Math.max(0, current - imported) / 1e9);
                rawCatchUp.put(view, baseline);
            }
            figures.add(AREA, "every view current after a 7,860-event import returned", lastCurrent, "s",
                    "the import itself", (imported - importStarted) / 1e9, "< 5 s", lastCurrent < 5);

            EventProcessingConfiguration processing = ledger.getBean(EventProcessingConfiguration.class);
            VIEWS.keySet().forEach(view -> processing.eventProcessor(view).orElseThrow().shutDown());
            commands.sendAndWait(new RegisterOrganisation("bench-1", "Benchmark Council 1", null));
            long paused = projections.status().get(0).head();
            imports.run(IMPORTER, "bench-1", files, false);
            long backlog = projections.status().get(0).head() - paused;
            Watcher standing = new Watcher(projections);
            long resumed = System.nanoTime();
            long cpuAtResume = Cpu.processNanos();
            VIEWS.keySet().forEach(view -> processing.eventProcessor(view).orElseThrow().start());
            standing.start();
            List<Look> fromStandingStart = standing.stopWhen(statuses -> statuses.stream()
                    .allMatch(ViewStatus::caughtUp));
            double catchUpCpu = (Cpu.processNanos() - cpuAtResume) / 1e9;
            long end = fromStandingStart.get(fromStandingStart.size() - 1).head();
            System.out.printf(Locale.ROOT, "Catch-up from a standing start: the views paused during a second import, "
                    + "then started with %,d events to handle; cpu %.2f s = %,.0f events per cpu-second (all four "
                    + "views, the process: the embedded server's share included)%n", backlog, catchUpCpu,
                    backlog / catchUpCpu);
            for (String view : VIEWS.keySet()) {
                long current = fromStandingStart.stream().filter(look -> look.views().get(view).position() >= end)
                        .findFirst().orElseThrow().nanos();
                double seconds = (current - resumed) / 1e9;
                System.out.printf(Locale.ROOT, "  %-24s current %5.2f s after starting  %,8.0f events/s%n", view,
                        seconds, backlog / seconds);
                figures.add(AREA, view + ": catch-up from a standing start, all four views at once", backlog / seconds,
                        "events/s", "the same documents bulk-written by hand", rawCatchUp.get(view),
                        ">= 3,000 events/s", backlog / seconds >= 3_000);
            }
            figures.add(AREA, "catch-up from a standing start, all four views at once, per cpu-second",
                    backlog / catchUpCpu, "events/cpu-s", "", Double.NaN);

            for (int o = 2; o < organisations; o++) {
                commands.sendAndWait(new RegisterOrganisation("bench-" + o, "Benchmark Council " + o, null));
                imports.run(IMPORTER, "bench-" + o, files, false);
            }
            until(projections, statuses -> statuses.stream().allMatch(ViewStatus::caughtUp));
            long head = projections.status().get(0).head();
            List<EventMessage<?>> all = events(ledger.getBean(EventStore.class), -1, head);
            System.out.printf(Locale.ROOT, "Replay: %,d events (%d organisations); each view alone, then all at once "
                    + "(baseline: the same documents bulk-written by hand, batches of %d)%n", all.size(),
                    organisations, BATCH);
            for (String view : VIEWS.keySet()) {
                long cpuBefore = Cpu.processNanos();
                double seconds = replay(projections, List.of(view)).get(view);
                double cpuSeconds = (Cpu.processNanos() - cpuBefore) / 1e9;
                System.out.printf(Locale.ROOT, "  %-24s cpu %.2f s = %,.0f events per cpu-second%n", view, cpuSeconds,
                        all.size() / cpuSeconds);
                double baseline = new RawBulkWrites(database, view, VIEWS.get(view), suffix(database, view))
                        .run(all, BATCH);
                System.out.printf(Locale.ROOT, "  %-24s alone: rebuilt and swapped in %6.2f s  %,8.0f events/s   "
                        + "baseline %,8.0f events/s%n", view, seconds, all.size() / seconds, baseline);
                figures.add(AREA, String.format(Locale.ROOT, "%s: rebuild of %,d events, the view alone", view,
                                all.size()), all.size() / seconds, "events/s",
                        "the same documents bulk-written by hand", baseline, ">= 3,000 events/s",
                        all.size() / seconds >= 3_000);
                figures.add(AREA, view + ": the same, per cpu-second", all.size() / cpuSeconds, "events/cpu-s",
                        "", Double.NaN);
            }
            long cpuBefore = Cpu.processNanos();
            Map<String, Double> together = replay(projections, List.copyOf(VIEWS.keySet()));
            double cpuSeconds = (Cpu.processNanos() - cpuBefore) / 1e9;
            System.out.printf(Locale.ROOT, "  all at once: cpu %.2f s = %,.0f events per cpu-second%n", cpuSeconds,
                    all.size() / cpuSeconds);
            together.forEach((view, seconds) -> System.out.printf(Locale.ROOT, "  %-24s all at once: %6.2f s  "
                    + "%,8.0f events/s%n", view, seconds, all.size() / seconds));
            double slowest = together.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            figures.add(AREA, String.format(Locale.ROOT, "rebuild of all four views at once, %,d events",
                    all.size()), all.size() / slowest, "events/s", "", Double.NaN, ">= 3,000 events/s",
                    all.size() / slowest >= 3_000);
            figures.add(AREA, "the same, per cpu-second", all.size() / cpuSeconds, "events/cpu-s", "", Double.NaN);
        } finally {
            EventStoreBenchmark.deleteRecursively(dataDir);
        }
    }

    /** Rebuilds the views (one, or all at once) and answers the seconds until each was swapped in. */
    private static Map<String, Double> replay(Projections projections, List<String> views)
            throws InterruptedException {
        long started = System.nanoTime();
        if (views.size() == 1) {
            projections.rebuild(views.get(0));
        } else {
            projections.rebuild(null);
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        while (seconds.size() < views.size()) {
            Thread.sleep(25);
            for (ViewStatus status : projections.status()) {
                if (!status.rebuilding() && views.contains(status.name())) {
                    seconds.putIfAbsent(status.name(), (System.nanoTime() - started) / 1e9);
                }
            }
        }
        return seconds;
    }

    /** The events after global index {@code after}, up to {@code head}, as the processors read them. */
    private static List<EventMessage<?>> events(EventStore store, long after, long head) throws InterruptedException {
        List<EventMessage<?>> events = new ArrayList<>();
        try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null)) {
            long position = -1;
            while (position < head && stream.hasNextAvailable(5, TimeUnit.SECONDS)) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                position = event.trackingToken().position().orElse(position);
                if (position > after) {
                    event.getPayload();
                    events.add(event);
                }
            }
        }
        return events;
    }

    private static String suffix(MongoDatabase database, String view) {
        Document generation = database.getCollection("view_generations").find(Filters.eq("_id", view)).first();
        return generation == null ? "" : generation.getString("suffix");
    }

    private static List<Look> until(Projections projections, Predicate<List<ViewStatus>> done)
            throws InterruptedException {
        Watcher watcher = new Watcher(projections);
        watcher.start();
        return watcher.stopWhen(done);
    }

    /** Looks at every view's position every few milliseconds. */
    private static final class Watcher extends Thread {

        private final Projections projections;
        private final List<Look> looks = new ArrayList<>();
        private volatile Predicate<List<ViewStatus>> done;

        Watcher(Projections projections) {
            this.projections = projections;
            setDaemon(true);
        }

        @Override
        public void run() {
            while (true) {
                List<ViewStatus> statuses = projections.status();
                Map<String, ViewStatus> byName = new HashMap<>();
                statuses.forEach(status -> byName.put(status.name(), status));
                synchronized (looks) {
                    looks.add(new Look(System.nanoTime(), statuses.get(0).head(), byName));
                }
                if (done != null && done.test(statuses)) {
                    return;
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        List<Look> stopWhen(Predicate<List<ViewStatus>> condition) throws InterruptedException {
            done = condition;
            join(TimeUnit.MINUTES.toMillis(30));
            synchronized (looks) {
                return List.copyOf(looks);
            }
        }
    }
}
