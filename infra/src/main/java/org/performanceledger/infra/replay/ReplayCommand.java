package org.performanceledger.infra.replay;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line replay: start the application with {@code --ledger.command=replay} (and
 * {@code --spring.main.web-application-type=none}); it rebuilds every projection's view, prints progress every
 * second and exits 0 when every rebuilt view has been swapped in.
 */
@Component
@ConditionalOnProperty(name = "ledger.command", havingValue = "replay")
class ReplayCommand implements ApplicationRunner {

    private final Projections projections;
    private final ConfigurableApplicationContext context;

    ReplayCommand(Projections projections, ConfigurableApplicationContext context) {
        this.projections = projections;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        System.out.println("Rebuilding " + projections.rebuild(null));
        while (projections.rebuilding()) {
            Thread.sleep(1000);
            projections.status().forEach(status -> System.out.printf("  %-24s rebuilt to %,d of %,d%n",
                    status.name(), status.rebuildPosition() == null ? status.head() : status.rebuildPosition(),
                    status.head()));
        }
        System.out.println("Every projection rebuilt and swapped in");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
