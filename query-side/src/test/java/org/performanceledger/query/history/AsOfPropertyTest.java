package org.performanceledger.query.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ExpectedOutcome;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.report.PerformanceReport;
import org.performanceledger.query.status.DirectionOfTravel;
import org.performanceledger.query.status.StatusRules;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.MeasuredValue;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.Target;
import org.performanceledger.events.TargetKind;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For random histories of returns, corrections, withdrawals, target changes, commentary, expected outcomes and
 * status schemes chosen, the report as of a moment T (the Monthly Performance Report and the report for the period)
 * equals what a plain fold of only the events recorded up to T gives.
 */
class AsOfPropertyTest {

    private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");
    private static final String PERIOD = "2019-01";

    private static MongoServer server;
    private static MongoClient client;

    /** One recorded fact: its kind, a number to use, and how many hours after the previous fact it was recorded. */
    record Fact(int kind, int number, int hoursLater) {
    }

    @BeforeContainer
    static void startMongo() {
        server = new MongoServer(H2Backend.inMemory());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterContainer
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Property(tries = 150)
    void theReportAsOfAMomentEqualsFoldingTheEventsRecordedUpToIt(@ForAll("histories") List<Fact> history,
                                                                  @ForAll("moments") int askedAtHour) {
        MongoDatabase database = client.getDatabase("ledger");
        IndicatorHistoryProjection.COLLECTIONS.forEach(name -> database.getCollection(name).deleteMany(new Document()));
        IndicatorHistoryProjection projection = new IndicatorHistoryProjection(database);
        ReportQueries queries = new ReportQueries(database, Clock.fixed(START, ZoneOffset.UTC));

        projection.on(new IndicatorRegistered("org", "I 1", IndicatorDefinition.of("I", null, Polarity.MAXIMISE),
                null), message(null, START));
        Instant asOf = START.plus(askedAtHour, ChronoUnit.HOURS);
        Oracle oracle = new Oracle();
        Instant at = START;
        for (Fact fact : history) {
            at = at.plus(fact.hoursLater(), ChronoUnit.HOURS);
            Object event = oracle.next(fact);
            if (event == null) {
                continue; // the command side would have refused it
            }
            handle(projection, event, message(event, at));
            if (!at.isAfter(asOf)) {
                oracle.apply(event);
            }
        }

        ReportRow row = queries.handle(new MonthlyReportQuery("org", PERIOD, asOf, null)).orElseThrow()
                .indicators().get(0);
        assertThat(Objects.equals(row.value(), oracle.value) || (row.value() != null && row.value()
                .sameAs(oracle.value))).as("value %s vs %s", row.value(), oracle.value).isTrue();
        assertThat(row.annualTarget()).isEqualTo(oracle.target);
        assertThat(row.commentary()).isEqualTo(oracle.commentary);
        assertThat(row.expectedOutcome()).isEqualTo(oracle.outcome);

        PerformanceReport report = new PeriodReportQueries(ViewStore.live(database,
                IndicatorHistoryProjection.PROCESSING_GROUP, IndicatorHistoryProjection.SHAPE),
                Clock.fixed(START, ZoneOffset.UTC)).handle(new PeriodReportQuery("org", PERIOD, asOf, null, null))
                .orElseThrow();
        PerformanceReport.Row periodRow = report.indicators().get(0);
        assertThat(report.scheme().scheme().value()).isEqualTo(oracle.scheme.name());
        assertThat(Objects.equals(periodRow.value().value(), oracle.value) || (oracle.value != null
                && oracle.value.sameAs(periodRow.value().value()))).as("value %s vs %s", periodRow.value(),
                oracle.value).isTrue();
        assertThat(periodRow.annualTarget().target()).isEqualTo(oracle.target);
        assertThat(periodRow.commentary()).isEqualTo(oracle.commentary);
        assertThat(periodRow.expectedOutcome().value()).isEqualTo(oracle.outcome == null ? null
                : oracle.outcome.name());
        assertThat(periodRow.status().value()).isEqualTo(StatusRules.rated(oracle.scheme, Polarity.MAXIMISE,
                oracle.value, oracle.target, null, List.of(), PERIOD, null,
                DirectionOfTravel.NO_COMPARISON).name());
    }

    @Provide
    Arbitrary<List<Fact>> histories() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 48)).as(Fact::new).list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<Integer> moments() {
        return Arbitraries.integers().between(0, 20 * 48);
    }

    /** The plain fold: what the report should show, from the events up to the moment only. */
    static final class Oracle {
        private MeasuredValue live;
        private int drafts;
        private Target liveTarget;
        private ExpectedOutcome liveOutcome;
        private StatusScheme liveScheme = StatusScheme.THREE_STATE;
        StatusScheme scheme = StatusScheme.THREE_STATE;

        MeasuredValue value;
        Target target;
        String commentary;
        ExpectedOutcome outcome;

        /** The event a fact becomes given everything recorded so far (not only up to the moment). */
        Object next(Fact fact) {
            MeasuredValue number = MeasuredValue.of(BigDecimal.valueOf(fact.number()));
            Object event = switch (fact.kind()) {
                case 0 -> live == null ? new ValueRecorded("org", "I 1", "2018-19", PERIOD, number, null, null, null,
                        false, null) : null;
                case 1 -> live != null && !live.sameAs(number) ? new ValueCorrected("org", "I 1", "2018-19", PERIOD,
                        number, null, null, live, "because", null) : null;
                case 2 -> live != null ? new ValueWithdrawn("org", "I 1", "2018-19", PERIOD, live, "because") : null;
                case 3 -> new TargetSet("org", "I 1", "2018-19", new Target(TargetKind.NUMBER,
                        BigDecimal.valueOf(fact.number()), null, null, null), null, null, List.of(), "plan",
                        "cabinet", "2018-04", liveTarget);
                case 4 -> new CommentaryDrafted("org", "I 1", "2018-19", PERIOD, "draft " + fact.number(), null,
                        null, ++drafts);
                case 5 -> new ExpectedOutcomeDeclared("org", "I 1", "2018-19", PERIOD,
                        ExpectedOutcome.values()[fact.number() % ExpectedOutcome.values().length], liveOutcome);
                default -> {
                    StatusScheme chosen = StatusScheme.values()[fact.number() % StatusScheme.values().length];
                    yield chosen == liveScheme ? null : new StatusSchemeChosen("org", chosen, "because");
                }
            };
            if (event instanceof StatusSchemeChosen chosen) {
                liveScheme = chosen.scheme();
            }
            if (event instanceof ValueRecorded recorded) {
                live = recorded.value();
            } else if (event instanceof ValueCorrected corrected) {
                live = corrected.value();
            } else if (event instanceof ValueWithdrawn) {
                live = null;
            } else if (event instanceof TargetSet set) {
                liveTarget = set.target();
            } else if (event instanceof ExpectedOutcomeDeclared declared) {
                liveOutcome = declared.outcome();
            }
            return event;
        }

        void apply(Object event) {
            if (event instanceof ValueRecorded recorded) {
                value = recorded.value();
            } else if (event instanceof ValueCorrected corrected) {
                value = corrected.value();
            } else if (event instanceof ValueWithdrawn) {
                value = null;
            } else if (event instanceof TargetSet set) {
                target = set.target();
            } else if (event instanceof CommentaryDrafted drafted) {
                commentary = drafted.explanation();
            } else if (event instanceof ExpectedOutcomeDeclared declared) {
                outcome = declared.outcome();
            } else if (event instanceof StatusSchemeChosen chosen) {
                scheme = chosen.scheme();
            }
        }
    }

    private static void handle(IndicatorHistoryProjection projection, Object event,
                               org.axonframework.eventhandling.EventMessage<?> message) {
        if (event instanceof ValueRecorded e) {
            projection.on(e, message);
        } else if (event instanceof ValueCorrected e) {
            projection.on(e, message);
        } else if (event instanceof ValueWithdrawn e) {
            projection.on(e, message);
        } else if (event instanceof TargetSet e) {
            projection.on(e, message);
        } else if (event instanceof CommentaryDrafted e) {
            projection.on(e, message);
        } else if (event instanceof StatusSchemeChosen e) {
            projection.on(e, message);
        } else if (event instanceof ExpectedOutcomeDeclared e) {
            projection.on(e, message);
        }
    }

    private static org.axonframework.eventhandling.EventMessage<?> message(Object payload, Instant recordedAt) {
        return new GenericEventMessage<>(UUID.randomUUID().toString(), payload, MetaData.with("userId", "officer"),
                recordedAt);
    }

}
