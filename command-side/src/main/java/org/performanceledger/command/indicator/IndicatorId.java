package org.performanceledger.command.indicator;

/**
 * Aggregate identifier of an indicator: unique per organisation and code. An organisation id never contains
 * a colon, so {@code organisationId:code} is unambiguous and one registration per code is enforced by the
 * event store's unique (aggregate id, sequence number) key.
 */
public final class IndicatorId {

    private IndicatorId() {
    }

    public static String of(String organisationId, String code) {
        return organisationId + ":" + code;
    }
}
