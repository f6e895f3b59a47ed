package org.performanceledger.infra.api;

import org.performanceledger.application.views.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Duration;

/**
 * The answer to a registration: 201 with the new resource's Location, sent once the views hold it, so that a client
 * reading the Location straight after (the README's "read it back") finds it rather than a 404. The views follow the
 * event store a few hundred milliseconds behind; this waits at most {@link #PATIENCE}. Only registrations wait: they
 * are rare, and other writes answer as soon as their events are stored.
 */
@Component
class CreatedResources {

    private static final Logger log = LoggerFactory.getLogger(CreatedResources.class);
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Views views;

    CreatedResources(Views views) {
        this.views = views;
    }

    <T> ResponseEntity<T> created(URI location, T body) {
        try {
            if (!views.awaitCaughtUp(PATIENCE)) {
                log.info("The views had not caught up after {} when {} was created", PATIENCE, location);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return ResponseEntity.created(location).body(body);
    }
}
