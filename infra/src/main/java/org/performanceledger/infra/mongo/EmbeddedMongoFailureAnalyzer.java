package org.performanceledger.infra.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an embedded MongoDB start failure into Spring Boot's short "APPLICATION FAILED TO START" report. */
class EmbeddedMongoFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedMongoStartupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedMongoStartupException cause) {
        return new FailureAnalysis(cause.getMessage() + " (exit code " + cause.getExitCode() + ")",
                cause.reason().action(), cause);
    }
}
