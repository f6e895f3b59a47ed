package org.performanceledger.infra.operations;

import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.ViewStatus;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.util.List;

/**
 * The ledger is ready for people once its demo data (if any) is loaded and every view has caught up with the event
 * store at least once: before that a report would be empty or behind. Once ready it stays ready; a view that lags
 * under load later does not take the ledger out of service. Part of {@code /actuator/health} and of the readiness
 * probe ({@code /actuator/health/readiness}).
 */
public final class LedgerReadiness extends AbstractHealthIndicator {

    private final StartupProgress startup;
    private final ViewAdministration views;
    private volatile boolean ready;

    public LedgerReadiness(StartupProgress startup, ViewAdministration views) {
        super("The ledger's readiness could not be read");
        this.startup = startup;
        this.views = views;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (ready) {
            builder.up();
            return;
        }
        List<String> behind = views.status().stream().filter(status -> !status.caughtUp())
                .map(ViewStatus::name).toList();
        if (startup.isDemoDataLoaded() && behind.isEmpty()) {
            ready = true;
            builder.up();
            return;
        }
        builder.outOfService().withDetail("demoData", startup.isDemoDataLoaded() ? "loaded" : "loading")
                .withDetail("viewsCatchingUp", behind);
    }
}
