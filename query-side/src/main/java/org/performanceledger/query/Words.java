package org.performanceledger.query;

import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Target;

/** Values and targets written as reports and audit trails show them: 6.18, TBC (awaiting data), 57-67. */
public final class Words {

    private Words() {
    }

    public static String of(MeasuredValue value) {
        if (value == null) {
            return null;
        }
        return value.number() != null ? value.number().toPlainString()
                : value.state() + (value.reason() == null ? "" : " (" + value.reason() + ")");
    }

    public static String of(Target target) {
        if (target == null) {
            return null;
        }
        return switch (target.kind()) {
            case NUMBER -> target.number().toPlainString();
            case RANGE -> target.lower().toPlainString() + "-" + target.upper().toPlainString();
            case TEXT -> target.text();
            case TBC -> "TBC" + (target.text() == null ? "" : " (" + target.text() + ")");
        };
    }
}
