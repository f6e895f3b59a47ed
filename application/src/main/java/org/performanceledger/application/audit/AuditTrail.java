package org.performanceledger.application.audit;

import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Action;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.query.audit.AuditEntry;
import org.performanceledger.query.audit.AuditTrailPage;
import org.performanceledger.query.audit.AuditTrailQuery;

import java.time.Instant;
import java.util.List;

/** The audit trail (every event in an auditor's words), one user's activity, and proof nothing was altered. */
public class AuditTrail {

    /** The most entries one page holds. */
    public static final int MAX_PAGE_SIZE = 1000;

    /**
     * Narrows a trail: to one indicator, one user, a recording-time range [from, to); any may be null.
     */
    public record Filter(String code, String user, Instant from, Instant to) {

        public static final Filter NONE = new Filter(null, null, null, null);
    }

    private final Ledger ledger;
    private final Organisations organisations;
    private final EventStoreVerification verification;

    public AuditTrail(Ledger ledger, Organisations organisations, EventStoreVerification verification) {
        this.ledger = ledger;
        this.organisations = organisations;
        this.verification = verification;
    }

    /** A page of an organisation's trail, oldest first (pages count from 0). */
    public AuditTrailPage organisationTrail(Caller caller, String organisationId, Filter filter, int page, int size) {
        Action.READ_AUDIT_TRAIL.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        return ledger.query(new AuditTrailQuery(organisationId, filter.code(), filter.user(), filter.from(),
                filter.to(), Math.max(0, page), pageSize(size)), AuditTrailPage.class);
    }

    /** The whole matching trail of an organisation, for an export. */
    public List<AuditEntry> organisationTrail(Caller caller, String organisationId, Filter filter) {
        Action.READ_AUDIT_TRAIL.requireBy(caller.user(), organisationId);
        organisations.existing(organisationId);
        return ledger.query(new AuditTrailQuery(organisationId, filter.code(), filter.user(), filter.from(),
                filter.to(), 0, Integer.MAX_VALUE), AuditTrailPage.class).entries();
    }

    /**
     * A page of what one user recorded across organisations, oldest first: only the organisations whose trail the
     * caller may read.
     */
    public AuditTrailPage userTrail(Caller caller, String user, Instant from, Instant to, int page, int size) {
        List<AuditEntry> all = ledger.query(new AuditTrailQuery(null, null, user, from, to, 0, Integer.MAX_VALUE),
                AuditTrailPage.class).entries();
        List<AuditEntry> readable = all.stream()
                .filter(entry -> Action.READ_AUDIT_TRAIL.allows(caller.user(), entry.organisationId())).toList();
        if (readable.isEmpty() && !all.isEmpty()) {
            // Every entry belongs to organisations the caller may not audit: say so, rather than show nothing.
            Action.READ_AUDIT_TRAIL.requireBy(caller.user(), all.get(0).organisationId());
        }
        int pageSize = pageSize(size);
        long first = Math.min((long) Math.max(0, page) * pageSize, readable.size());
        long last = Math.min(first + pageSize, readable.size());
        return new AuditTrailPage(Math.max(0, page), pageSize, readable.size(),
                List.copyOf(readable.subList((int) first, (int) last)));
    }

    /** Recomputes every hash, chain and checkpoint: intact through N with digest D, or the first problem. */
    public VerificationReport verify(Caller caller) {
        Action.VERIFY_STORE.requireBy(caller.user());
        return verification.verify();
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }
}
