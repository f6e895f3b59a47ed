package org.performanceledger.query.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.query.ViewStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The history documents a question needs, each read by {@code _id} or with one {@code $in} on {@code _id}, from
 * the generation the view's readers use now.
 */
final class HistoryDocuments {

    private static final Pattern NUMBER = Pattern.compile("\\d+");

    private final ViewStore store;
    private final KeptYearDocuments keptYears;

    HistoryDocuments(ViewStore store) {
        this.store = store;
        this.keptYears = store.sharedByReaders(KeptYearDocuments.class, KeptYearDocuments::new);
    }

    Optional<OrganisationIndicators> organisation(String organisationId) {
        return Optional.ofNullable(collection(IndicatorHistoryProjection.ORGANISATIONS, OrganisationIndicators.class)
                .find(Filters.eq("_id", organisationId)).first());
    }

    Optional<IndicatorVersions> indicator(String organisationId, String code) {
        return Optional.ofNullable(collection(IndicatorHistoryProjection.DEFINITIONS, IndicatorVersions.class)
                .find(Filters.eq("_id", IndicatorVersions.idOf(organisationId, code))).first());
    }

    /** Every indicator of the organisation, with all its versions. */
    List<IndicatorVersions> indicators(OrganisationIndicators organisation) {
        List<String> ids = organisation.codes().stream()
                .map(code -> IndicatorVersions.idOf(organisation.organisationId(), code)).toList();
        return ids.isEmpty() ? List.of() : collection(IndicatorHistoryProjection.DEFINITIONS, IndicatorVersions.class)
                .find(Filters.in("_id", ids)).into(new ArrayList<>());
    }

    Optional<IndicatorYearHistory> year(String organisationId, String code, String year) {
        return Optional.ofNullable(collection(IndicatorHistoryProjection.YEARS, IndicatorYearHistory.class)
                .find(Filters.eq("_id", IndicatorYearHistory.idOf(organisationId, code, year))).first());
    }

    /**
     * The year documents of {@code ids}, all of the organisation's, that exist, by id: those kept from earlier reads
     * if still current by the organisation's count of changed year documents (read first).
     */
    Map<String, IndicatorYearHistory> years(String organisationId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        YearChanges count = Optional.ofNullable(collection(IndicatorHistoryProjection.YEAR_CHANGES, YearChanges.class)
                .find(Filters.eq("_id", organisationId)).first()).orElseGet(() -> YearChanges.none(organisationId));
        return keptYears.read(collection(IndicatorHistoryProjection.YEARS, IndicatorYearHistory.class), count, ids);
    }

    Optional<PeriodPublications> publications(String organisationId, String period) {
        return Optional.ofNullable(collection(IndicatorHistoryProjection.PUBLICATIONS, PeriodPublications.class)
                .find(Filters.eq("_id", PeriodPublications.idOf(organisationId, period))).first());
    }

    Optional<OrganisationReporting> reporting(String organisationId) {
        return Optional.ofNullable(collection(IndicatorHistoryProjection.REPORTING, OrganisationReporting.class)
                .find(Filters.eq("_id", organisationId)).first());
    }

    /** Indicators registered and still active at {@code asOf}, with the definition in force then, in code order. */
    static Map<String, IndicatorDefinition> monthlyIndicatorsAt(List<IndicatorVersions> indicators, Instant asOf) {
        // Each code's sort key worked out once, not at every comparison of a sort of a thousand codes.
        Map<String, IndicatorDefinition> active = new TreeMap<>();
        Map<String, String> codes = new HashMap<>();
        for (IndicatorVersions indicator : indicators) {
            Versioned.latestAt(indicator.versions(), asOf)
                    .filter(version -> "ACTIVE".equals(version.status()))
                    .map(IndicatorVersions.DefinitionVersion::definition)
                    .filter(definition -> definition.frequency() == Frequency.MONTHLY)
                    .ifPresent(definition -> {
                        String order = codeOrder(indicator.code());
                        active.put(order, definition);
                        codes.put(order, indicator.code());
                    });
        }
        Map<String, IndicatorDefinition> byCode = new LinkedHashMap<>();
        active.forEach((order, definition) -> byCode.put(codes.get(order), definition));
        return byCode;
    }

    /** Codes in the order people read them: CP 1.2 before CP 1.10. */
    static String codeOrder(String code) {
        return NUMBER.matcher(code).replaceAll(match -> String.format("%08d", Long.parseLong(match.group())));
    }

    private <T> MongoCollection<T> collection(String name, Class<T> type) {
        return store.collection(name, type);
    }
}
