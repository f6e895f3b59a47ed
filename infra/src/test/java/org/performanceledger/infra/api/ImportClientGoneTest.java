package org.performanceledger.infra.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.performanceledger.events.ProvenanceKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An import whose client goes away after its upload, while the ledger records it, stops within seconds and records
 * nothing (docs/import.md, "When the client goes away"); a client that waits gets its answer as before.
 * <p>
 * The client is a plain socket that sends a whole request and then closes or resets the connection, as a script
 * stopped mid-wait does. Every
 * command of these imports is slowed to {@link #COMMAND_TAKES} (a dispatch interceptor of the test), so an import of
 * {@link #ROWS} indicators would take a minute; and the end of each import's unit of work is watched, so the test
 * sees when and how the import ended: committed, or rolled back.
 */
class ImportClientGoneTest extends RunningApi {

    private static final int ROWS = 300;
    private static final Duration COMMAND_TAKES = Duration.ofMillis(200);

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private CommandBus commandBus;
    @Autowired
    private MongoDatabase ledger;

    private final AtomicInteger commandsSent = new AtomicInteger();
    private final AtomicReference<CompletableFuture<String>> importEnded = new AtomicReference<>();
    private Registration slowImports;

    @BeforeEach
    void slowTheseImportsAndWatchThemEnd() {
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                Map.of("id", "southend", "name", "Southend-on-Sea Borough Council"), JsonNode.class).getStatusCode())
                .as("registered now, or by another test before").isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);
        slowImports = commandBus.registerDispatchInterceptor((List<? extends CommandMessage<?>> commands) -> {
            commands.forEach(command -> {
                Object file = command.getMetaData().get(ProvenanceKeys.IMPORT_FILE);
                if (file == null || !file.toString().startsWith("client-")) {
                    return;
                }
                if (commandsSent.getAndIncrement() == 0) {
                    // The import's own unit of work, which its commands join: it commits all or rolls back all.
                    CompletableFuture<String> ended = importEnded.get();
                    CurrentUnitOfWork.get().root().onCommit(unitOfWork -> ended.complete("committed"));
                    CurrentUnitOfWork.get().root().onRollback(unitOfWork -> ended.complete("rolled back"));
                }
                sleep(COMMAND_TAKES);
            });
            return (index, command) -> command;
        });
    }

    @AfterEach
    void stopSlowingImports() {
        slowImports.cancel();
    }

    /**
     * How a client goes: it closes its connection (a script ending), resets it (a process killed, a proxy), or
     * closes it after sending its upload in chunks (Transfer-Encoding: chunked, as a script streaming a file does).
     */
    enum Going { CLOSES, RESETS, CLOSES_AFTER_CHUNKS }

    @ParameterizedTest
    @EnumSource(Going.class)
    void anImportWhoseClientGoesWhileItIsRecordedStopsWithinSecondsAndRecordsNothing(Going going) throws Exception {
        importEnded.set(new CompletableFuture<>());
        String file = "client-" + going.name().toLowerCase(Locale.ROOT) + ".csv";
        try (Socket client = new Socket("localhost", port())) {
            client.getOutputStream().write(importRequest(file, going.name().replace('_', '-'), ROWS, "gone-1",
                    going == Going.CLOSES_AFTER_CHUNKS));
            client.getOutputStream().flush();
            await().atMost(Duration.ofSeconds(30)).until(() -> commandsSent.get() > 0);
            if (going == Going.RESETS) {
                client.setSoLinger(true, 0);
            }
        }
        long closed = System.nanoTime();

        String ending = importEnded.get().get(10, TimeUnit.SECONDS);
        Duration afterClose = Duration.ofNanos(System.nanoTime() - closed);

        assertThat(ending).isEqualTo("rolled back");
        assertThat(afterClose).as("stopped after the client closed").isLessThan(Duration.ofSeconds(5));
        assertThat(commandsSent.get()).as("commands sent of " + ROWS).isLessThan(ROWS / 4);
        assertThat(eventsImportedFrom(file)).isZero();
    }

    @Test
    void anImportWhoseClientWaitsIsAnsweredAndRecordedWithTheRequestsCorrelationId() throws Exception {
        importEnded.set(new CompletableFuture<>());
        String answer;
        String next;
        try (Socket client = new Socket("localhost", port())) {
            client.setSoTimeout(30_000);
            client.getOutputStream().write(importRequest("client-waits.csv", "WAITS", 5, "waits-1", false));
            client.getOutputStream().flush();
            answer = readAnswer(client.getInputStream());
            // The connection, watched while the import ran, serves the client's next request as any other.
            client.getOutputStream().write(("GET /api/organisations/southend HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: " + basic("performance:demo") + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            client.getOutputStream().flush();
            next = readAnswer(client.getInputStream());
        }

        assertThat(answer).startsWith("HTTP/1.1 200").contains("\"recorded\":true");
        assertThat(next).startsWith("HTTP/1.1 200").contains("\"organisationId\":\"southend\"");
        assertThat(importEnded.get().get(1, TimeUnit.SECONDS)).isEqualTo("committed");
        assertThat(commandsSent.get()).isEqualTo(5);
        assertThat(eventsImportedFrom("client-waits.csv")).isEqualTo(5);
        assertThat(ledger.getCollection("events").find(importedFrom("client-waits.csv")).map(event ->
                event.get("metaData").toString()))
                .allSatisfy(metaData -> assertThat(metaData).contains("\"" + ProvenanceKeys.CORRELATION_ID
                        + "\":\"waits-1\""));
    }

    /** A whole POST of one CSV file of new indicators, as the bytes a client sends: by length or in chunks. */
    private static byte[] importRequest(String file, String codePrefix, int rows, String correlationId,
                                        boolean chunked) {
        StringBuilder csv = new StringBuilder("MPR Code,Short Name,Minimise or Maximise\n");
        for (int row = 1; row <= rows; row++) {
            csv.append(codePrefix).append(' ').append(row).append(",Indicator ").append(row)
                    .append(",Aim to Maximise\n");
        }
        String boundary = "client-test-boundary";
        byte[] body = ("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/organisations/southend/imports HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: " + basic("performance:demo") + "\r\n"
                + "X-Correlation-Id: " + correlationId + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + body.length) + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        if (!chunked) {
            request.writeBytes(body);
            return request.toByteArray();
        }
        for (int from = 0; from < body.length; from += 1000) {
            int length = Math.min(1000, body.length - from);
            request.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(body, from, length);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return request.toByteArray();
    }

    /** One answer, head and body, read to its end: by its Content-Length, or to its last chunk. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            read.write(readByte(in));
        }
        String head = read.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)\r\ncontent-length: *(\\d+)").matcher(head);
        if (length.find()) {
            read.writeBytes(in.readNBytes(Integer.parseInt(length.group(1))));
        } else {
            while (!read.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n0\r\n\r\n")) {
                read.write(readByte(in));
            }
        }
        return read.toString(StandardCharsets.UTF_8);
    }

    private static int readByte(InputStream in) throws IOException {
        int read = in.read();
        if (read == -1) {
            throw new EOFException("The connection ended before the answer did");
        }
        return read;
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    private long eventsImportedFrom(String file) {
        return ledger.getCollection("events").countDocuments(importedFrom(file));
    }

    private static Bson importedFrom(String file) {
        return Filters.regex("metaData", Pattern.quote("\"" + ProvenanceKeys.IMPORT_FILE + "\":\"" + file + "\""));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
