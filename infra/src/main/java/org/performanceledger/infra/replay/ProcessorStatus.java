package org.performanceledger.infra.replay;

/**
 * Where a projection's event processor stands against the head of the event store.
 *
 * @param position  the lowest global index all its segments have handled (0 before the first event)
 * @param head      the highest global index allocated in the store
 * @param behind    how many indexes it still has to go (some may be unused)
 * @param replaying true from a replay's start until an event beyond the replayed ones arrives (Axon's flag)
 * @param caughtUp  true when every segment has reached the head
 */
public record ProcessorStatus(String name, boolean running, int segments, long position, long head, long behind,
                              boolean replaying, boolean caughtUp) {
}
