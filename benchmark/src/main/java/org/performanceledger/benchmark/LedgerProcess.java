package org.performanceledger.benchmark;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A ledger in a process of its own, as it runs in production: {@code java -Xmx512m} on the ledger's main class
 * (from this benchmark's own jar, through Spring Boot's launcher), the demo profile, and users for the benchmark:
 * {@code bench} (officer, performance team, auditor and administrator everywhere) and {@code reader} (scrutiny
 * everywhere, so its health answer is the anonymous one). Password: {@value #PASSWORD}, as a bcrypt hash.
 */
final class LedgerProcess implements AutoCloseable {

    static final String PASSWORD = "bench";
    static final String HEAP = "-Xmx512m";
    private static final String HASH = "{bcrypt}" + new BCryptPasswordEncoder().encode(PASSWORD);

    private final Process process;
    private final int port;
    private final long startedNanos;
    private final List<String> output = new ArrayList<>();
    /** The first lines that say something went wrong, kept even when the tail has long moved on. */
    private final List<String> problems = new ArrayList<>();

    private LedgerProcess(Process process, int port, long startedNanos) {
        this.process = process;
        this.port = port;
        this.startedNanos = startedNanos;
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        if (problems.size() < 60 && (line.contains("ERROR") || line.contains("WARN")
                                || line.contains("Caused by") || line.contains("Error"))) {
                            problems.add(line);
                        }
                        output.add(line);
                        if (output.size() > 2_000) {
                            output.remove(0);
                        }
                    }
                }
            } catch (IOException ended) {
                // The process is gone; what it printed is kept.
            }
        }, "ledger-output-" + port);
        reader.setDaemon(true);
        reader.start();
    }

    /** A ledger on {@code dataDir} (or on a MongoDB URI, when {@code settings} give one), started now. */
    static LedgerProcess start(Path dataDir, List<String> settings) throws IOException {
        return start(dataDir, settings, HEAP);
    }

    /** The same with another heap ({@code -Xmx2g}): for a store larger than the one the targets are set on. */
    static LedgerProcess start(Path dataDir, List<String> settings, String heap) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), heap,
                "-Dloader.main=org.performanceledger.infra.LedgerApplication", "-cp", ownJar().toString(),
                "org.springframework.boot.loader.launch.PropertiesLauncher",
                "--spring.profiles.active=demo", "--server.port=" + port, "--ledger.data-dir=" + dataDir,
                "--logging.file.name=", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
                "--logging.level.org.performanceledger=INFO"));
        command.addAll(users());
        command.addAll(settings);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        return new LedgerProcess(process, port, started);
    }

    /** Any process of this jar's classes: the embedded MongoDB server mode, a second node. */
    static Process startMain(String mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), HEAP, "-Dloader.main=" + mainClass, "-cp",
                ownJar().toString(), "org.springframework.boot.loader.launch.PropertiesLauncher"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static List<String> users() {
        return List.of(
                "--ledger.users[0].username=bench", "--ledger.users[0].password=" + HASH,
                "--ledger.users[0].display-name=Benchmark", "--ledger.users[0].roles=OFFICER,PERFORMANCE,AUDITOR,ADMIN",
                "--ledger.users[0].organisations=*",
                "--ledger.users[1].username=reader", "--ledger.users[1].password=" + HASH,
                "--ledger.users[1].display-name=Benchmark reader", "--ledger.users[1].roles=SCRUTINY",
                "--ledger.users[1].organisations=*");
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    HttpLedger http(String user) {
        return new HttpLedger(port, user, PASSWORD);
    }

    /** Seconds from the start until {@code /actuator/health/readiness} answers UP. */
    double awaitReady(Duration atMost) throws InterruptedException {
        HttpLedger anonymous = new HttpLedger(port, null, null);
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The ledger stopped while starting:\n" + tail(40));
            }
            Optional<String> readiness = anonymous.tryGet("/actuator/health/readiness");
            if (readiness.isPresent() && readiness.get().contains("\"UP\"")) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The ledger was not ready within " + atMost + ":\n" + tail(40));
    }

    /** Fails, with what the ledger printed last, when its process has ended: a loop waiting on it would not end. */
    void requireAlive(String doing) {
        if (!process.isAlive()) {
            throw new IllegalStateException("The ledger stopped while " + doing + ":\n" + tail(40));
        }
    }

    /** Waits until a line the ledger printed matches. */
    void awaitOutput(Predicate<String> matching, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            synchronized (output) {
                if (output.stream().anyMatch(matching)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The ledger did not print what was waited for:\n" + tail(40));
    }

    /** CPU seconds the process has used so far. */
    double cpuSeconds() {
        return Cpu.processNanos(pid()) / 1e9;
    }

    /** The process's peak resident size so far, in MB (Linux); -1 when it cannot be read. */
    long peakResidentMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status")).stream()
                    .filter(line -> line.startsWith("VmHWM:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).orElse(-1L);
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    String tail(int lines) {
        synchronized (output) {
            return "First warnings and errors:\n" + String.join("\n", problems) + "\nLast lines:\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - lines), output.size()));
        }
    }

    /** Killed at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Stopped as an operator stops it (SIGTERM): the views' tokens and the data file are closed properly. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The jar this benchmark runs from ({@code java -jar}): it holds the ledger too. */
    static Path ownJar() {
        String classPath = System.getProperty("java.class.path");
        if (classPath == null || !classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            throw new IllegalStateException("Run the benchmark with java -jar benchmark/target/ledger-benchmark.jar");
        }
        return Path.of(classPath).toAbsolutePath();
    }

    static String describe(double seconds) {
        return String.format(Locale.ROOT, "%.1f s", seconds);
    }
}
