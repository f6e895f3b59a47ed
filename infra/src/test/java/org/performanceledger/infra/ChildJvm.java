package org.performanceledger.infra;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class in a separate JVM on this test's class path, and collects its output and exit code. */
public final class ChildJvm {

    public record Outcome(int exitCode, List<String> lines) {
    }

    private ChildJvm() {
    }

    public static Outcome run(Class<?> mainClass, Duration timeout, String... args)
            throws IOException, InterruptedException {
        return runWithClassPath(System.getProperty("java.class.path"), mainClass.getName(), timeout, args);
    }

    public static Outcome runWithClassPath(String classPath, String mainClass, Duration timeout, String... args)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", classPath, mainClass));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException ignored) {
                // The child died; what it printed so far is what there is.
            }
        });
        reader.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(mainClass + " did not finish within " + timeout);
        }
        reader.join(5_000);
        synchronized (lines) {
            return new Outcome(process.exitValue(), List.copyOf(lines));
        }
    }
}
