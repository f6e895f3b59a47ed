package org.performanceledger.application.years;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.Caller;
import org.performanceledger.application.access.Grant;
import org.performanceledger.application.access.LedgerUser;
import org.performanceledger.application.access.Role;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;
import org.performanceledger.query.history.IndicatorYearsQuery;
import org.performanceledger.query.organisations.FindOrganisationQuery;
import org.performanceledger.query.organisations.OrganisationView;
import org.performanceledger.query.register.FindIndicatorQuery;
import org.performanceledger.query.register.IndicatorView;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** An indicator's whole record, for its page: its organisation, itself, and the years it can have. */
class IndicatorRecordTest {

    @Test
    void theRecordReachesAsFarAheadAsTargetsMayBeSetAndTwentyFiveYearsBackFromThere() {
        List<Object> asked = new ArrayList<>();
        QueryGateway queries = mock(QueryGateway.class);
        when(queries.query(any(), any(ResponseType.class))).thenAnswer(invocation -> {
            Object query = invocation.getArgument(0);
            asked.add(query);
            if (query instanceof FindOrganisationQuery) {
                return CompletableFuture.completedFuture(Optional.of(new OrganisationView("kent", "Kent", 10,
                        Instant.EPOCH)));
            }
            if (query instanceof FindIndicatorQuery) {
                return CompletableFuture.completedFuture(Optional.of(new IndicatorView("kent", "E12",
                        new IndicatorDefinition("Starts", null, Polarity.MAXIMISE, null, null, null,
                                Frequency.TERMLY, YearBasis.ACADEMIC, null, null, null, null, null, null),
                        "ACTIVE", null, null, List.of(), Instant.EPOCH, "performance", "Demo Performance Team")));
            }
            return CompletableFuture.completedFuture(List.of());
        });
        Ledger ledger = new Ledger(mock(CommandGateway.class), queries);
        // 22 February 2019: the academic year 2018-19 is under way.
        Clock clock = Clock.fixed(Instant.parse("2019-02-22T10:31:00Z"), ZoneId.of("Europe/London"));
        IndicatorYears years = new IndicatorYears(ledger, new Indicators(ledger, new Organisations(ledger, clock)),
                clock);
        Caller scrutiny = Caller.web(LedgerUser.person("scrutiny", "Scrutiny", Set.of(new Grant("kent",
                Role.SCRUTINY))));

        IndicatorYears.IndicatorRecord record = years.record(scrutiny, "kent", "E12");

        assertThat(record.organisation().name()).isEqualTo("Kent");
        assertThat(record.indicator().code()).isEqualTo("E12");
        assertThat(asked).filteredOn(IndicatorYearsQuery.class::isInstance).singleElement()
                .isEqualTo(new IndicatorYearsQuery("kent", "E12", "1998-99", "2023-24"));
    }
}
