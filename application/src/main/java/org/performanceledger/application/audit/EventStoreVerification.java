package org.performanceledger.application.audit;

/** Recomputes every event hash, aggregate chain and checkpoint digest of the event store (the store provides it). */
public interface EventStoreVerification {

    VerificationReport verify();
}
