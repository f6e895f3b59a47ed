package org.performanceledger.query.history;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.performanceledger.events.CommentaryDrafted;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.StatusSchemeChosen;
import org.performanceledger.events.ExpectedOutcomeDeclared;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRecoded;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.OutturnRecorded;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.TargetSet;
import org.performanceledger.events.ValueCorrected;
import org.performanceledger.events.ValueRecorded;
import org.performanceledger.events.ValueWithdrawn;
import org.performanceledger.query.ViewStore;
import org.performanceledger.query.batch.DocumentBatch;
import org.performanceledger.query.batch.PendingWrites;
import org.performanceledger.query.history.IndicatorYearHistory.PeriodHistory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The history documents one batch of events changes: all of them read at the batch's start (one {@code $in} per
 * collection), each event adding its version in memory, unless that event's version is already there, and all
 * stored in one bulk write per collection at the end.
 */
final class HistoryChanges implements PendingWrites {

    private final DocumentBatch<IndicatorYearHistory> years;
    private final DocumentBatch<IndicatorVersions> definitions;
    private final DocumentBatch<OrganisationIndicators> organisations;
    private final DocumentBatch<PeriodPublications> publications;
    private final DocumentBatch<OrganisationReporting> reporting;
    private final MongoCollection<Document> yearChanges;
    /** The year documents each organisation's events of this batch touched, changed or (handled before) not. */
    private final Map<String, Set<String>> yearsTouched = new LinkedHashMap<>();

    HistoryChanges(ViewStore store, List<? extends EventMessage<?>> batch) {
        years = new DocumentBatch<>(store.collection(IndicatorHistoryProjection.YEARS, IndicatorYearHistory.class),
                IndicatorYearHistory::id);
        definitions = new DocumentBatch<>(store.collection(IndicatorHistoryProjection.DEFINITIONS,
                IndicatorVersions.class), IndicatorVersions::id);
        organisations = new DocumentBatch<>(store.collection(IndicatorHistoryProjection.ORGANISATIONS,
                OrganisationIndicators.class), OrganisationIndicators::organisationId);
        publications = new DocumentBatch<>(store.collection(IndicatorHistoryProjection.PUBLICATIONS,
                PeriodPublications.class), PeriodPublications::id);
        reporting = new DocumentBatch<>(store.collection(IndicatorHistoryProjection.REPORTING,
                OrganisationReporting.class), OrganisationReporting::organisationId);
        yearChanges = store.collection(IndicatorHistoryProjection.YEAR_CHANGES);
        fetchEverythingTouchedBy(batch);
    }

    void addDefinition(String organisationId, String code, IndicatorDefinition definition, EventMessage<?> message) {
        IndicatorVersions versions = definitions.get(IndicatorVersions.idOf(organisationId, code))
                .orElseGet(() -> IndicatorVersions.none(organisationId, code));
        if (!Versioned.contains(versions.versions(), message.getIdentifier())) {
            definitions.put(versions.plus(new IndicatorVersions.DefinitionVersion(Recorded.of(message), "ACTIVE",
                    definition)));
        }
        OrganisationIndicators organisation = organisation(organisationId);
        if (!organisation.has(code)) {
            organisations.put(organisation.with(code));
        }
    }

    /** A new status with the latest definition; nothing for an indicator without one. */
    void addStatus(String organisationId, String code, String status, EventMessage<?> message) {
        definitions.get(IndicatorVersions.idOf(organisationId, code))
                .filter(versions -> !versions.versions().isEmpty())
                .filter(versions -> !Versioned.contains(versions.versions(), message.getIdentifier()))
                .ifPresent(versions -> definitions.put(versions.plus(new IndicatorVersions.DefinitionVersion(
                        Recorded.of(message), status, versions.latest().definition()))));
    }

    void addPublication(ReportPublished event, EventMessage<?> message) {
        PeriodPublications period = publications.get(PeriodPublications.idOf(event.organisationId(),
                event.period())).orElseGet(() -> PeriodPublications.none(event.organisationId(), event.period()));
        if (!Versioned.contains(period.publications(), message.getIdentifier())) {
            publications.put(period.plus(new PeriodPublications.Publication(Recorded.of(message), event.committee(),
                    event.title())));
        }
        OrganisationReporting index = reporting(event.organisationId());
        if (!Versioned.contains(index.publicationEntries(), message.getIdentifier())) {
            int number = (int) index.publicationEntries().stream()
                    .filter(entry -> entry.period().equals(event.period())).count() + 1;
            reporting.put(index.plus(new OrganisationReporting.PublicationEntry(Recorded.of(message),
                    event.period(), number, event.committee(), event.title())));
        }
        if (organisations.get(event.organisationId()).isEmpty()) {
            organisations.put(OrganisationIndicators.none(event.organisationId()));
        }
    }

    void addComparator(ComparatorRecorded event, EventMessage<?> message) {
        definitions.get(IndicatorVersions.idOf(event.organisationId(), event.code()))
                .filter(versions -> !Versioned.contains(versions.comparatorVersions(), message.getIdentifier()))
                .ifPresent(versions -> definitions.put(versions.plus(new IndicatorVersions.ComparatorVersion(
                        Recorded.of(message), event.comparator()))));
    }

    void addScheme(StatusSchemeChosen event, EventMessage<?> message) {
        OrganisationReporting document = reporting(event.organisationId());
        if (!Versioned.contains(document.schemeVersions(), message.getIdentifier())) {
            reporting.put(document.plus(new OrganisationReporting.SchemeVersion(Recorded.of(message),
                    event.scheme(), event.reason())));
        }
    }

    void addAim(CorporateAimDescribed event, EventMessage<?> message) {
        OrganisationReporting document = reporting(event.organisationId());
        if (!Versioned.contains(document.aimVersions(), message.getIdentifier())) {
            reporting.put(document.plus(new OrganisationReporting.AimVersion(Recorded.of(message), event.aim(),
                    event.description(), event.priorities() == null ? List.of() : event.priorities())));
        }
    }

    private OrganisationReporting reporting(String organisationId) {
        return reporting.get(organisationId).orElseGet(() -> OrganisationReporting.none(organisationId));
    }

    void addTarget(TargetSet event, EventMessage<?> message) {
        changeYear(event.organisationId(), event.code(), event.year(), message, IndicatorYearHistory::targets,
                (year, recorded) -> year.plus(new IndicatorYearHistory.TargetVersion(recorded, event.target(),
                        event.stretchTarget(), event.tolerance(), event.profile() == null ? List.of()
                        : event.profile(), event.effectiveFrom(), event.authority(), event.reason(),
                        event.replaced())));
    }

    void addOutturn(OutturnRecorded event, EventMessage<?> message) {
        changeYear(event.organisationId(), event.code(), event.year(), message, IndicatorYearHistory::outturns,
                (year, recorded) -> year.plus(new IndicatorYearHistory.OutturnVersion(recorded, event.kind(),
                        event.value(), event.replaced(), event.reason())));
    }

    void addValue(String organisationId, String code, String year, String period,
                  Function<Recorded, IndicatorYearHistory.ValueChange> change, EventMessage<?> message) {
        changePeriod(organisationId, code, year, period, message, PeriodHistory::values,
                (history, recorded) -> history.plus(change.apply(recorded)));
    }

    void addCommentary(CommentaryDrafted event, EventMessage<?> message) {
        changePeriod(event.organisationId(), event.code(), event.year(), event.period(), message,
                PeriodHistory::commentary, (history, recorded) -> history.plus(
                        new IndicatorYearHistory.CommentaryVersion(recorded, event.draft(), event.explanation(),
                                event.actions(), event.anticipated())));
    }

    void addExpectedOutcome(ExpectedOutcomeDeclared event, EventMessage<?> message) {
        changePeriod(event.organisationId(), event.code(), event.year(), event.period(), message,
                PeriodHistory::expectedOutcomes, (history, recorded) -> history.plus(
                        new IndicatorYearHistory.OutcomeVersion(recorded, event.outcome())));
    }

    private void changePeriod(String organisationId, String code, String year, String period,
                              EventMessage<?> message, Function<PeriodHistory, List<? extends Versioned>> versions,
                              BiFunction<PeriodHistory, Recorded, PeriodHistory> change) {
        changeYear(organisationId, code, year, message, document -> versions.apply(document.period(period)),
                (document, recorded) -> document.withPeriod(period, change.apply(document.period(period),
                        recorded)));
    }

    private void changeYear(String organisationId, String code, String year, EventMessage<?> message,
                            Function<IndicatorYearHistory, List<? extends Versioned>> versions,
                            BiFunction<IndicatorYearHistory, Recorded, IndicatorYearHistory> change) {
        String id = IndicatorYearHistory.idOf(organisationId, code, year);
        // Counted even when the event is in the document already: a batch stored its year documents and failed
        // before it counted them, so the same events come again and must count them this time.
        yearsTouched.computeIfAbsent(organisationId, organisation -> new LinkedHashSet<>()).add(id);
        IndicatorYearHistory document = years.get(id)
                .orElseGet(() -> IndicatorYearHistory.none(organisationId, code, year));
        if (!Versioned.contains(versions.apply(document), message.getIdentifier())) {
            years.put(change.apply(document, Recorded.of(message)).changedBy(message.getIdentifier()));
        }
    }

    private OrganisationIndicators organisation(String organisationId) {
        return organisations.get(organisationId).orElseGet(() -> OrganisationIndicators.none(organisationId));
    }

    @Override
    public void flush() {
        years.flush();
        definitions.flush();
        publications.flush();
        reporting.flush();
        organisations.flush();
        // Last, after the year documents are stored: a reader that finds a change counted finds it stored.
        if (!yearsTouched.isEmpty()) {
            yearChanges.bulkWrite(yearsTouched.entrySet().stream()
                    .map(touched -> YearChanges.counting(touched.getKey(), touched.getValue())).toList());
            yearsTouched.clear();
        }
    }

    /** One read per collection for the whole batch, instead of one per event. */
    private void fetchEverythingTouchedBy(List<? extends EventMessage<?>> batch) {
        List<String> yearIds = new ArrayList<>();
        List<String> definitionIds = new ArrayList<>();
        List<String> organisationIds = new ArrayList<>();
        List<String> publicationIds = new ArrayList<>();
        List<String> reportingIds = new ArrayList<>();
        for (EventMessage<?> message : batch) {
            Object event = message.getPayload();
            if (event instanceof IndicatorRegistered e) {
                definitionIds.add(IndicatorVersions.idOf(e.organisationId(), e.code()));
                organisationIds.add(e.organisationId());
            } else if (event instanceof IndicatorAmended e) {
                definitionIds.add(IndicatorVersions.idOf(e.organisationId(), e.code()));
                organisationIds.add(e.organisationId());
            } else if (event instanceof IndicatorRetired e) {
                definitionIds.add(IndicatorVersions.idOf(e.organisationId(), e.code()));
            } else if (event instanceof IndicatorRecoded e) {
                definitionIds.add(IndicatorVersions.idOf(e.organisationId(), e.code()));
            } else if (event instanceof ComparatorRecorded e) {
                definitionIds.add(IndicatorVersions.idOf(e.organisationId(), e.code()));
            } else if (event instanceof ReportPublished e) {
                publicationIds.add(PeriodPublications.idOf(e.organisationId(), e.period()));
                organisationIds.add(e.organisationId());
                reportingIds.add(e.organisationId());
            } else if (event instanceof StatusSchemeChosen e) {
                reportingIds.add(e.organisationId());
            } else if (event instanceof CorporateAimDescribed e) {
                reportingIds.add(e.organisationId());
            } else {
                String yearId = yearIdOf(event);
                if (yearId != null) {
                    yearIds.add(yearId);
                }
            }
        }
        years.fetch(yearIds);
        definitions.fetch(definitionIds);
        organisations.fetch(organisationIds);
        publications.fetch(publicationIds);
        reporting.fetch(reportingIds);
    }

    private static String yearIdOf(Object event) {
        if (event instanceof ValueRecorded e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof ValueCorrected e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof ValueWithdrawn e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof TargetSet e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof OutturnRecorded e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof CommentaryDrafted e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        } else if (event instanceof ExpectedOutcomeDeclared e) {
            return IndicatorYearHistory.idOf(e.organisationId(), e.code(), e.year());
        }
        return null;
    }
}
