package org.performanceledger.infra.web;

import jakarta.annotation.PreDestroy;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.context.request.async.DeferredResultProcessingInterceptor;
import org.springframework.web.context.request.async.WebAsyncUtils;

import java.io.IOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Runs the work a request waits for (an import: docs/import.md, "When the client goes away") on a worker thread
 * while the request waits asynchronously, and tells the work, when it asks, whether the request's client has gone
 * away ({@link ClientConnection}), so that it stops rather than carrying on for nobody.
 * <p>
 * The answer waits as long as the work takes, as it did when the work ran on the request's own thread: the work is
 * bounded by its own limits, and a container timeout that answered before the work ended could answer "failed" for
 * an import that then records. The worker carries the request's logging context (its correlation id, which the
 * ledger stamps on every command it sends).
 */
@Component
public class WhileClientWaits {

    private static final Logger LOG = LoggerFactory.getLogger(WhileClientWaits.class);

    /** No container timeout: the answer comes when the work ends. */
    private static final long NO_TIMEOUT = 0L;

    /** As many imports at once as Spring's shared task executor ran them on before; more wait their turn. */
    private static final int WORKERS = 8;
    /** Longer than an import's time limit (120 s), so that a stopping ledger lets the imports under way end. */
    private static final int SECONDS_TO_END_ON_SHUTDOWN = 150;

    private final TaskExecutor workers;
    private final ThreadPoolTaskExecutor owned;

    /**
     * Imports run on workers of their own, not Spring's shared task executor: that one is shut down at once
     * (interrupting them, dropping those waiting) when the ledger stops, before the web server's graceful shutdown;
     * these are shut down with the beans, after it, and let the imports under way end and record, or not, whole.
     */
    @Autowired
    public WhileClientWaits() {
        this.owned = new ThreadPoolTaskExecutor();
        owned.setThreadNamePrefix("import-");
        owned.setCorePoolSize(WORKERS);
        owned.setMaxPoolSize(WORKERS);
        owned.setWaitForTasksToCompleteOnShutdown(true);
        owned.setAwaitTerminationSeconds(SECONDS_TO_END_ON_SHUTDOWN);
        owned.initialize();
        this.workers = owned;
    }

    /** On workers the caller owns (tests). */
    public WhileClientWaits(TaskExecutor workers) {
        this.workers = workers;
        this.owned = null;
    }

    @PreDestroy
    void stop() {
        if (owned != null) {
            owned.shutdown();
        }
    }

    /**
     * The answer of a request whose body has been read, worked out by {@code work} on a worker thread: the request's
     * handler returns it. {@code work} is given what says whether the client has gone.
     */
    public <T> DeferredResult<T> run(HttpServletRequest request, Function<BooleanSupplier, T> work)
            throws IOException {
        ClientConnection client = ClientConnection.ofReadRequest(request);
        DeferredResult<T> answer = new DeferredResult<>(NO_TIMEOUT);
        answer.onCompletion(client::forget);
        answer.onError(failure -> client.forget());
        answer.onTimeout(client::forget);
        Map<String, String> logging = MDC.getCopyOfContextMap();
        WebAsyncUtils.getAsyncManager(request).registerDeferredResultInterceptor(WhileClientWaits.class,
                new DeferredResultProcessingInterceptor() {
                    @Override
                    public <R> void preProcess(NativeWebRequest waiting, DeferredResult<R> deferred) {
                        // Called once the request is asynchronous, on its thread: only then may it be watched.
                        client.watch();
                        try {
                            workers.execute(() -> work(answer, work, client, logging));
                        } catch (TaskRejectedException rejected) {
                            answer.setErrorResult(rejected);
                        }
                    }
                });
        return answer;
    }

    /** An answer known at once, for a handler that answers some requests without work to wait for. */
    public static <T> DeferredResult<T> answered(T value) {
        DeferredResult<T> answer = new DeferredResult<>();
        answer.setResult(value);
        return answer;
    }

    private static <T> void work(DeferredResult<T> answer, Function<BooleanSupplier, T> work,
                                 BooleanSupplier clientGone, Map<String, String> logging) {
        if (logging != null) {
            MDC.setContextMap(logging);
        }
        try {
            answer.setResult(work.apply(clientGone));
        } catch (RuntimeException | Error failure) {
            if (!answer.setErrorResult(failure)) {
                // The request was already over (its client gone, the container closing it): say what failed.
                LOG.warn("Work for a request already answered failed", failure);
            }
        } finally {
            MDC.clear();
        }
    }
}
