package org.performanceledger.infra;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The ledger's own settings ({@code ledger.*} in application.yml, or LEDGER_* environment variables).
 *
 * @param dataDir       where the embedded MongoDB keeps its file; unused when {@code spring.data.mongodb.uri} is set
 * @param database      the MongoDB database holding events, tokens and read models
 * @param embeddedMongo settings of the embedded MongoDB server
 * @param eventStore    settings of the ledger's event store
 * @param users         the users who may sign in; empty unless configured (the demo profile configures six)
 * @param jwt           how bearer JWTs from an organisation's identity provider name users and grants
 * @param rememberPasswordsFor how long a username and password once checked (bcrypt) are taken as right without
 *                      checking again: HTTP Basic sends them on every request
 * @param projections   how the views are rebuilt
 */
@ConfigurationProperties("ledger")
public record LedgerProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("ledger") String database,
        @DefaultValue EmbeddedMongo embeddedMongo,
        @DefaultValue EventStore eventStore,
        @DefaultValue List<User> users,
        @DefaultValue Jwt jwt,
        @DefaultValue("5m") java.time.Duration rememberPasswordsFor,
        @DefaultValue Projections projections
) {

    /**
     * @param rebuildBatchSize events per batch of a rebuild and of a catch-up in one read (each batch one bulk write
     *                         per collection it touches): larger than the live views' batches, as a rebuild has the whole
     *                         store ahead of it and a document a batch touches is written once per batch, not once
     *                         per event. 10,000: several months of 50 councils (3,000 values a month), so each year
     *                         document is written a few times per year rather than once per value; with 2,000 the
     *                         50-council rebuild at {@code -Xmx512m} took 175 s, with 10,000 106 s (ADR 21). Also how
     *                         far behind the store a view found at start is caught up that way ({@code
     *                         CatchUpInOneRead})
     * @param batchSize        the most events the live views handle in one batch (one bulk write per collection, one
     *                         token): a batch is whatever has arrived, up to this, so it only matters while a view
     *                         catches up, when, as in a rebuild, longer batches write each document fewer times;
     *                         Axon's pooled processors hand a batch at most 1,024 events. 256: with 1,024 the
     *                         views caught up 10-20% faster but every live write cost the ledger about 3 ms more CPU
     *                         (benchmark {@code ledger}, ADR 20)
     */
    public record Projections(
            @DefaultValue("10000") int rebuildBatchSize,
            @DefaultValue("256") int batchSize
    ) {
    }

    /**
     * How a JWT from an organisation's identity provider names its user and their grants (used only when
     * {@code spring.security.oauth2.resourceserver.jwt.*} configures the provider).
     *
     * @param usernameClaim the claim holding the username ({@code sub} when it is absent)
     * @param grantsClaim   the claim listing the user's grants as {@code ROLE@organisation} ({@code AUDITOR@*} for
     *                      every organisation); when absent, the grants configured for that username
     */
    public record Jwt(
            @DefaultValue("preferred_username") String usernameClaim,
            @DefaultValue("ledger_grants") String grantsClaim
    ) {
    }

    /**
     * @param gapWindow      how long a missing global index may be waited for before tracking skips it; a writer
     *                       refuses to store events later than half of it after allocating their indexes
     * @param batchSize      how many events one tracking read or aggregate-load lookup asks for
     * @param sealInterval   how often the running digest is sealed into a checkpoint
     * @param checkpointSize    the most events one checkpoint covers
     * @param snapshotThreshold an aggregate loaded from more events than this is snapshotted
     */
    public record EventStore(
            @DefaultValue("10s") Duration gapWindow,
            @DefaultValue("256") int batchSize,
            @DefaultValue("5s") Duration sealInterval,
            @DefaultValue("10000") int checkpointSize,
            @DefaultValue("50") int snapshotThreshold
    ) {
    }

    /**
     * @param host  the address the embedded server listens on; loopback only by default
     * @param port  its port; 0 picks a free one (the chosen port is logged)
     * @param fsync   whether each acknowledged event append is forced to the disk, not only to the OS
     * @param cacheMb the data file's page cache in megabytes; 0 (the default) for half the heap beyond its
     *                first gigabyte, from 16 to 512 MB, so that the cache leaves the collector room (ADR 25)
     */
    public record EmbeddedMongo(
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("0") int port,
            @DefaultValue("true") boolean fsync,
            @DefaultValue("0") int cacheMb
    ) {
    }

    /**
     * A user who may sign in, with the roles they hold and where: each role in each of the named organisations, or
     * in every organisation when {@code organisations} is {@code [*]}.
     *
     * @param username      the login name, also recorded as the user id on every event
     * @param password      the password hash in Spring Security's {@code {id}hash} form, e.g. {@code {bcrypt}...}
     * @param displayName   the name recorded beside the user id
     * @param roles         OFFICER, PERFORMANCE, AUDITOR, SCRUTINY, ADMIN
     * @param role          one role, as configurations before organisations gave it; added to {@code roles}
     * @param organisations the organisation ids the roles hold in, or {@code *} for all
     */
    public record User(String username, String password, String displayName, @DefaultValue List<String> roles,
                       String role, @DefaultValue List<String> organisations) {
    }
}
