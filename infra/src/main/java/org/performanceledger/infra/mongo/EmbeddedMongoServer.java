package org.performanceledger.infra.mongo;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.DATA_DIRECTORY_UNUSABLE;
import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.DATA_FILE_IN_USE;
import static org.performanceledger.infra.mongo.EmbeddedMongoStartupException.Reason.PORT_IN_USE;

/**
 * An in-process MongoDB wire-protocol server (mongo-java-server) on an H2 MVStore file in the data directory.
 * <p>
 * The server acknowledges a write once it is in memory; the MVStore writes to its file about once a second.
 * {@link #flush()} closes that window: it commits the store to the file (and forces it to disk when {@code fsync}
 * is on), and the event store calls it before a command is acknowledged. See docs/adr/0002.
 */
public final class EmbeddedMongoServer implements DurabilityBarrier, AutoCloseable {

    static final String DATA_FILE = "ledger.mv.db";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    /**
     * How much unsaved change (in KB) the data file gathers before it writes a chunk of its own accord, which also
     * bounds what H2's background compaction rewrites into the chunk of a busy moment (a quarter of it). H2's own
     * default, 19 MB, has it rewrite about 5 MB at a time: chunks larger than the 4 MB buffers H2 reuses, so each is
     * serialized into fresh buffers grown 1 MB at a time, garbage of the size a 512 MB heap can only collect by full
     * collections (ADR 24). At 4 MB a busy moment rewrites at most 1 MB and its chunk fits a reused buffer (8 MB
     * also stopped the full collections, but left the first reader of a large report slower).
     */
    static final int AUTO_COMMIT_BUFFER_KB = 4 * 1024;

    private final MVStore store;
    private final MongoServer server;
    private final InetSocketAddress address;
    private final GroupCommit commits;

    private EmbeddedMongoServer(MVStore store, MongoServer server, InetSocketAddress address, GroupCommit commits) {
        this.store = store;
        this.server = server;
        this.address = address;
        this.commits = commits;
    }

    /**
     * The MVStore page cache's limit when none is configured: half the heap beyond its first
     * {@value #HEAP_BEFORE_CACHE_MB} MB, at least {@value #SMALLEST_CACHE_MB} MB, at most 512 MB. It is a limit, not an
     * allocation, but a full cache stays on the heap, and a page read into it is promoted and then dies in the old
     * generation when another page takes its place: in a heap with no room for that turnover every cold read becomes
     * work for the collector (at {@code -Xmx512m} on 50 councils, a 128 MB cache meant 12 full collections in 800
     * random reports and a p95 of 88-111 ms; 16 MB none and 65-75 ms). A large heap keeps a large cache: 512 MB from
     * {@code -Xmx2g}, as before. ADR 25 has the measurements; ADR 20 the earlier ones.
     */
    public static final int MAX_AUTOMATIC_CACHE_MB = 512;

    /** H2's own default, and the least the cache is given. */
    static final int SMALLEST_CACHE_MB = 16;

    /** What the ledger's own data, its kept documents and reports and the collector's room need of the heap first. */
    static final int HEAP_BEFORE_CACHE_MB = 1024;

    public static EmbeddedMongoServer start(Path dataDir, String host, int port, boolean fsync) {
        return start(dataDir, host, port, fsync, 0);
    }

    /**
     * The cache to use: {@code configuredMegabytes} when above 0, else half the heap beyond its first
     * {@value #HEAP_BEFORE_CACHE_MB} MB, from {@value #SMALLEST_CACHE_MB} to {@value #MAX_AUTOMATIC_CACHE_MB} MB.
     */
    static int cacheMegabytes(int configuredMegabytes, long maxHeapBytes) {
        if (configuredMegabytes > 0) {
            return configuredMegabytes;
        }
        long beyond = maxHeapBytes / (1024 * 1024) - HEAP_BEFORE_CACHE_MB;
        return (int) Math.max(SMALLEST_CACHE_MB, Math.min(MAX_AUTOMATIC_CACHE_MB, beyond / 2));
    }

    /**
     * Opens the data file and listens; every failure is an {@link EmbeddedMongoStartupException} saying what to do.
     *
     * @param cacheMegabytes the page cache's limit; 0 to size it by the heap ({@link #cacheMegabytes})
     */
    public static EmbeddedMongoServer start(Path dataDir, String host, int port, boolean fsync, int cacheMegabytes) {
        Path dataFile = prepareDataDirectory(dataDir).resolve(DATA_FILE);
        int cache = cacheMegabytes(cacheMegabytes, Runtime.getRuntime().maxMemory());
        MVStore store = openStore(dataFile, cache);
        GroupCommit commits = new GroupCommit(() -> {
            store.commit();
            if (fsync) {
                store.sync();
            }
        });
        MongoServer server;
        try {
            // Opening reads the server's own catalogue and upgrades indexes of an earlier version: pinned (ADR 23).
            server = PinnedVersion.during(store, () -> new MongoServer(new LedgerH2Backend(store, commits::commit)));
        } catch (RuntimeException e) {
            store.close();
            throw new EmbeddedMongoStartupException(DATA_DIRECTORY_UNUSABLE,
                    "Data file " + dataFile + " cannot be read: " + e.getMessage(), e);
        }
        try {
            server.bind(host, port);
        } catch (Exception e) { // Netty rethrows a checked BindException without declaring it
            server.shutdownNow();
            store.close();
            if (hasCause(e, BindException.class)) {
                throw new EmbeddedMongoStartupException(PORT_IN_USE,
                        "Embedded MongoDB cannot listen on " + host + ":" + port + ": the port is already in use", e);
            }
            throw new IllegalStateException("Embedded MongoDB cannot listen on " + host + ":" + port, e);
        }
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded MongoDB listening on {}:{} with data file {} and a page cache of up to {} MB",
                address.getHostString(), address.getPort(), dataFile.toAbsolutePath(), cache);
        return new EmbeddedMongoServer(store, server, address, commits);
    }

    private static Path prepareDataDirectory(Path dataDir) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            // Root ignores permission bits, so probe with a real write rather than trusting Files.isWritable.
            Path probe = Files.createTempFile(absolute, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedMongoStartupException(DATA_DIRECTORY_UNUSABLE,
                    "Data directory " + absolute + " cannot be created or written: " + describe(e), e);
        }
        return absolute;
    }

    private static MVStore openStore(Path dataFile, int cacheMegabytes) {
        try {
            return new MVStore.Builder().fileName(dataFile.toString()).cacheSize(cacheMegabytes)
                    .autoCommitBufferSize(AUTO_COMMIT_BUFFER_KB)
                    .backgroundExceptionHandler((thread, failure) -> log.error("The embedded data file {} stopped "
                            + "writing and is closed: nothing more can be recorded or read until the ledger is "
                            + "restarted. Every command acknowledged before was committed to the file.", dataFile,
                            failure)).open();
        } catch (RuntimeException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("locked")) {
                throw new EmbeddedMongoStartupException(DATA_FILE_IN_USE,
                        "Data file " + dataFile + " is locked by another process", e);
            }
            throw new EmbeddedMongoStartupException(DATA_DIRECTORY_UNUSABLE,
                    "Data file " + dataFile + " cannot be opened: " + message, e);
        }
    }

    /** Makes every write acknowledged so far survive a crash of this process (and, with fsync, of the machine). */
    @Override
    public void flush() {
        commits.commit();
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    public int port() {
        return address.getPort();
    }

    /**
     * False once the data file has closed itself after a failure of its writer (H2 closes the store, for one, when
     * its background writer runs out of memory): the server still answers a ping, and fails everything else.
     */
    public boolean dataFileOpen() {
        return !store.isClosed();
    }

    /** The data file itself, for a test to fail it underneath the server. */
    MVStore dataFile() {
        return store;
    }

    @Override
    public void close() {
        server.shutdownNow();
        store.close();
        log.info("Embedded MongoDB stopped; data file closed");
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    }
}
