package org.performanceledger.query.history;

import java.util.List;
import java.util.stream.Stream;

/**
 * The periods for which an organisation holds at least one value, newest first, by frequency: months
 * ({@code 2019-01}), calendar quarters ({@code 2019-Q3}), school terms ({@code 2018-19-T1}) and years
 * ({@code 2018-19}). A period is listed when the latest version of some indicator's value for it is a value (a
 * number, TBC, not applicable, not yet available), not a withdrawal.
 */
public record PeriodsWithData(String organisationId, List<String> months, List<String> quarters,
                              List<String> terms, List<String> years) {

    /** True when the organisation holds no value at all. */
    public boolean holdsNone() {
        return months.isEmpty() && quarters.isEmpty() && terms.isEmpty() && years.isEmpty();
    }

    /** The newest period of each frequency that has one: months, quarters, terms, years, in that order. */
    public List<String> latest() {
        return Stream.of(months, quarters, terms, years).filter(periods -> !periods.isEmpty())
                .map(periods -> periods.get(0)).toList();
    }
}
