package org.performanceledger.application.views;

/**
 * Where a view (its projection's event processor) stands against the head of the event store.
 *
 * @param position          the lowest global index all its segments have handled (0 before the first event)
 * @param head              the highest global index allocated in the store
 * @param behind            how many indexes it still has to go (some may be unused)
 * @param rebuilding        true while its view is being rebuilt beside the live one
 * @param rebuildPosition   how far the rebuild has come, while there is one
 * @param caughtUp          true when every segment has reached the head and no rebuild is under way
 * @param builtElsewhere    true when another node (several on one MongoDB) holds all its segments: the position is
 *                          the one that node stored
 */
public record ViewStatus(String name, boolean running, int segments, long position, long head, long behind,
                         boolean rebuilding, Long rebuildPosition, boolean caughtUp, boolean builtElsewhere) {
}
