package org.performanceledger.benchmark;

import org.performanceledger.infra.LedgerApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report as a web page and as a PDF (issue 13), each beside a baseline measured in the same run: the same report
 * as JSON from the API. The ledger runs in this process as the README starts it (demo profile, its demo data, an
 * empty data directory of its own); requests go over the loopback interface, the page and the PDF from a session
 * signed in through the sign-in form, the JSON with HTTP Basic, so each time is the server's plus well under a
 * millisecond of loopback. Interleaved, so that the machine's load falls on all three alike.
 * <p>
 * Run: {@code mvn -B -q -DskipTests package && java -Xmx2g -Dloader.main=org.performanceledger.benchmark.ReportFormatsBenchmark
 * -cp benchmark/target/ledger-benchmark.jar org.springframework.boot.loader.launch.PropertiesLauncher [rounds]}
 * (default 200 rounds: each a JSON report and a page, and every fourth a PDF and a workbook).
 */
public final class ReportFormatsBenchmark {

    private static final String REPORT = "/organisations/southend/reports/2019-01";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final int DEFAULT_ROUNDS = 200;
    private static final int WARM_UP = 20;
    private static final int DOCUMENTS_EVERY = 4;

    private ReportFormatsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ROUNDS;
        Path dataDir = Files.createTempDirectory("ledger-report-formats-benchmark");
        System.out.printf(Locale.ROOT, "Report formats benchmark: Southend's January 2019 report, %d rounds after %d "
                + "to warm up; data in %s (deleted at the end); %d processors%n", rounds, WARM_UP, dataDir,
                Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext ledger = SpringApplication.run(LedgerApplication.class,
                "--spring.profiles.active=demo", "--ledger.data-dir=" + dataDir, "--server.port=0",
                "--logging.file.name=", "--logging.level.root=WARN", "--spring.main.banner-mode=off")) {
            int port = ((WebServerApplicationContext) ledger).getWebServer().getPort();
            Client client = new Client("http://127.0.0.1:" + port);
            client.awaitReady();
            client.signIn("scrutiny", "demo");

            Map<String, List<Double>> times = new LinkedHashMap<>();
            for (String what : List.of("JSON (API, baseline)", "web page", "PDF", "workbook (xlsx)")) {
                times.put(what, new ArrayList<>());
            }
            for (int round = -WARM_UP; round < rounds; round++) {
                boolean measured = round >= 0;
                time(times.get("JSON (API, baseline)"), measured, () -> client.api("/api" + REPORT));
                time(times.get("web page"), measured, () -> client.page(REPORT));
                if (Math.floorMod(round, DOCUMENTS_EVERY) == 0) {
                    time(times.get("PDF"), measured, () -> client.page(REPORT + ".pdf"));
                    time(times.get("workbook (xlsx)"), measured, () -> client.page(REPORT + ".xlsx"));
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %7s %9s %9s %9s %9s   %s%n", "", "samples", "p50 ms", "p95 ms",
                    "max ms", "mean ms", "size");
            times.forEach((what, samples) -> print(what, samples, client.sizes.get(what)));
        } finally {
            EventStoreBenchmark.deleteRecursively(dataDir);
        }
        // Axon's janitor thread (timing out slow units of work) is not a daemon: without this the JVM stays.
        System.exit(0);
    }

    private interface Request {
        int bytes() throws IOException, InterruptedException;
    }

    private static void time(List<Double> samples, boolean measured, Request request)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        request.bytes();
        double millis = (System.nanoTime() - start) / 1e6;
        if (measured) {
            samples.add(millis);
        }
    }

    private static void print(String what, List<Double> samples, Integer size) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-22s %7d %9.1f %9.1f %9.1f %9.1f   %,d bytes%n", what, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1],
                Arrays.stream(sorted).average().orElse(0), size == null ? 0 : size);
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** A browser's session (the sign-in form, then its cookie) and the API's Basic credentials, over loopback. */
    private static final class Client {

        private final String base;
        private final HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final HttpClient api = HttpClient.newHttpClient();
        private final Map<String, Integer> sizes = new LinkedHashMap<>();

        Client(String base) {
            this.base = base;
        }

        /** Waits until the demo data is loaded and every view has caught up (readiness), at most five minutes. */
        void awaitReady() throws IOException, InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (true) {
                HttpResponse<String> health = api.send(HttpRequest.newBuilder(URI.create(base
                        + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("The ledger was not ready in five minutes: " + health.body());
                }
                Thread.sleep(500);
            }
        }

        void signIn(String username, String password) throws IOException, InterruptedException {
            String form = session.send(HttpRequest.newBuilder(URI.create(base + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF_TOKEN.matcher(form);
            if (!token.find()) {
                throw new IllegalStateException("The sign-in form has no CSRF token");
            }
            HttpResponse<Void> signedIn = session.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                            StandardCharsets.UTF_8) + "&username=" + username + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (signedIn.statusCode() != 302 || signedIn.headers().firstValue("Location").orElse("")
                    .contains("refused")) {
                throw new IllegalStateException("Sign-in refused: " + signedIn.statusCode());
            }
        }

        int page(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> answer = session.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "text/html,*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
            return checked(path.endsWith(".pdf") ? "PDF" : path.endsWith(".xlsx") ? "workbook (xlsx)" : "web page",
                    answer);
        }

        int api(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> answer = api.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept", "application/json").header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString("scrutiny:demo".getBytes(StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return checked("JSON (API, baseline)", answer);
        }

        private int checked(String what, HttpResponse<byte[]> answer) {
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(what + " answered " + answer.statusCode());
            }
            sizes.put(what, answer.body().length);
            return answer.body().length;
        }
    }
}
