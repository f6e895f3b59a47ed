package org.performanceledger.infra.replay;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line replay: start the application with {@code --ledger.command=replay} (and
 * {@code --spring.main.web-application-type=none}); it rebuilds every projection, prints progress every second and
 * exits 0 when all have caught up.
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
        System.out.println("Replaying " + projections.replay(null));
        while (!projections.status().stream().allMatch(ProcessorStatus::caughtUp)) {
            Thread.sleep(1000);
            projections.status().forEach(status -> System.out.printf("  %-24s %,d / %,d%n", status.name(),
                    status.position(), status.head()));
        }
        System.out.println("Every projection rebuilt and caught up");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
