package org.performanceledger.infra.mongo;

/**
 * The embedded MongoDB could not start. Carries one plain sentence for the operator and a distinct process exit code,
 * so a failed start is one clear report, not a stack trace.
 * <p>
 * Deliberately not an {@code ExitCodeGenerator}: Spring Boot would then publish an exit-code event into the half-built
 * context, which fails and logs a stack trace. {@code LedgerApplication.main} applies the exit code instead.
 */
public class EmbeddedMongoStartupException extends RuntimeException {

    /** Why the start failed; the exit codes are documented in the README. */
    public enum Reason {
        DATA_DIRECTORY_UNUSABLE(3, "Point ledger.data-dir (LEDGER_DATA_DIR) at a directory this user can create and write."),
        DATA_FILE_IN_USE(4, "Stop the other ledger process using this data directory, or choose another ledger.data-dir."),
        PORT_IN_USE(5, "Free the port, or set ledger.embedded-mongo.port to another port (0 picks a free one).");

        private final int exitCode;
        private final String action;

        Reason(int exitCode, String action) {
            this.exitCode = exitCode;
            this.action = action;
        }

        public int exitCode() {
            return exitCode;
        }

        public String action() {
            return action;
        }
    }

    private final Reason reason;

    public EmbeddedMongoStartupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public int getExitCode() {
        return reason.exitCode();
    }
}
