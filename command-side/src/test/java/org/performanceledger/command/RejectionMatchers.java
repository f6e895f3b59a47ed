package org.performanceledger.command;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;

import static org.hamcrest.Matchers.is;

/** Matches a {@link LedgerRejection} by its typed code. */
public final class RejectionMatchers {

    private RejectionMatchers() {
    }

    public static Matcher<LedgerRejection> rejectedWith(LedgerErrorCode code) {
        return new FeatureMatcher<>(is(code), "a rejection with code", "code") {
            @Override
            protected LedgerErrorCode featureValueOf(LedgerRejection rejection) {
                return rejection.code();
            }
        };
    }
}
