package org.performanceledger.infra.axon;

import org.performanceledger.infra.eventstore.EventStoreSealer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Seals the event store's running digest at a fixed interval on one background thread. */
final class SealingSchedule {

    private static final Logger log = LoggerFactory.getLogger(SealingSchedule.class);

    private final EventStoreSealer sealer;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    SealingSchedule(EventStoreSealer sealer, Duration interval) {
        this.sealer = sealer;
        this.interval = interval;
    }

    void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "event-store-sealer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sealQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    void stop() {
        scheduler.shutdownNow();
    }

    private void sealQuietly() {
        try {
            int written = sealer.sealAll();
            if (written > 0) {
                log.debug("Sealed {} event store checkpoint(s)", written);
            }
        } catch (RuntimeException e) {
            // A failed run (MongoDB briefly away) is retried at the next interval; the digest loses nothing.
            log.warn("Sealing the event store failed; retrying in {}: {}", interval, e.toString());
        }
    }
}
