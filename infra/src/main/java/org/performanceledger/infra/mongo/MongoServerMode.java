package org.performanceledger.infra.mongo;

import org.performanceledger.infra.LedgerProperties;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * {@code --ledger.command=mongo-server}: only the embedded MongoDB server, on the data directory and port configured
 * ({@code ledger.data-dir}, {@code ledger.embedded-mongo.*}), until the process is stopped. Several ledgers can then
 * share it through {@code spring.data.mongodb.uri} (the two-node set-up of the README); it commits its file before
 * answering any write that asks for the journal, as every ledger with a URI does ({@code w: majority, j: true}).
 * <p>
 * A Spring application of its own, without auto-configuration: the settings bind as the ledger's do (arguments,
 * environment variables), and nothing else starts. Not a {@code @Configuration}, so the ledger's own component scan
 * leaves it out; given to Spring as the application's source, its bean method still counts.
 */
@EnableConfigurationProperties(LedgerProperties.class)
public class MongoServerMode {

    public static final String COMMAND = "mongo-server";

    /** True when the arguments or the environment ask for this mode. */
    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains("--ledger.command=" + COMMAND)
                || COMMAND.equals(System.getenv("LEDGER_COMMAND"));
    }

    /** Starts the server and waits until the process is stopped (SIGTERM, Ctrl-C), then closes the data file. */
    public static void run(String[] args) throws InterruptedException {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MongoServerMode.class)
                .web(WebApplicationType.NONE).run(args);
        EmbeddedMongoServer server = context.getBean(EmbeddedMongoServer.class);
        System.out.println("Embedded MongoDB for several ledgers: spring.data.mongodb.uri="
                + server.connectionString(context.getBean(LedgerProperties.class).database()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "mongo-server-shutdown"));
        stopped.await();
    }

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(LedgerProperties properties) {
        LedgerProperties.EmbeddedMongo embedded = properties.embeddedMongo();
        return EmbeddedMongoServer.start(properties.dataDir(), embedded.host(), embedded.port(), embedded.fsync(),
                embedded.cacheMb());
    }
}
