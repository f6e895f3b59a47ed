package org.performanceledger.query.register;

/** The register entry of one indicator, if the organisation has one under that code. */
public record FindIndicatorQuery(String organisationId, String code) {
}
