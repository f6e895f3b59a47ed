package org.performanceledger.infra.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.junit.jupiter.api.Test;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.command.indicator.AmendIndicator;
import org.performanceledger.command.indicator.RecodeIndicator;
import org.performanceledger.command.indicator.RecordComparator;
import org.performanceledger.command.indicator.RegisterIndicator;
import org.performanceledger.command.indicator.RetireIndicator;
import org.performanceledger.command.organisation.PublishReport;
import org.performanceledger.command.organisation.RegisterOrganisation;
import org.performanceledger.command.year.CorrectValue;
import org.performanceledger.command.year.DeclareExpectedOutcome;
import org.performanceledger.command.year.DraftCommentary;
import org.performanceledger.command.year.RecordOutturn;
import org.performanceledger.command.year.RecordValue;
import org.performanceledger.command.year.SetTarget;
import org.performanceledger.command.year.WithdrawValue;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API's description shows a request's constraints (which fields it needs, how long, in which form) from the
 * request records; the ledger enforces those of the commands the requests become. They must be the same, or the
 * description would promise what the ledger does not do.
 */
class RequestConstraintsTest {

    private static final Map<Class<?>, Class<?>> REQUEST_AND_ITS_COMMAND = Map.ofEntries(
            Map.entry(Organisations.Registration.class, RegisterOrganisation.class),
            Map.entry(Publications.Publication.class, PublishReport.class),
            Map.entry(Indicators.ComparatorEntry.class, RecordComparator.class),
            Map.entry(IndicatorYears.ValueReturn.class, RecordValue.class),
            Map.entry(IndicatorYears.Correction.class, CorrectValue.class),
            Map.entry(IndicatorYears.TargetSetting.class, SetTarget.class),
            Map.entry(IndicatorYears.Outturn.class, RecordOutturn.class),
            Map.entry(IndicatorYears.Commentary.class, DraftCommentary.class),
            Map.entry(IndicatorYearController.ReasonRequest.class, WithdrawValue.class),
            Map.entry(IndicatorYearController.ExpectedOutcomeRequest.class, DeclareExpectedOutcome.class),
            Map.entry(IndicatorRequests.Register.class, RegisterIndicator.class),
            Map.entry(IndicatorRequests.Amend.class, AmendIndicator.class),
            Map.entry(IndicatorRequests.Retire.class, RetireIndicator.class),
            Map.entry(IndicatorRequests.Recode.class, RecodeIndicator.class));

    @Test
    void everyRequestDeclaresTheConstraintsOfTheCommandItBecomes() {
        REQUEST_AND_ITS_COMMAND.forEach((request, command) -> {
            for (RecordComponent field : request.getRecordComponents()) {
                RecordComponent commanded = Arrays.stream(command.getRecordComponents())
                        .filter(component -> component.getName().equals(field.getName()))
                        .findFirst().orElse(null);
                // An unwrapped definition is no field of the request's JSON: its own fields are, checked as the
                // command checks them.
                if (commanded == null || field.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                    continue;
                }
                assertThat(constraints(field)).as("%s.%s", request.getSimpleName(), field.getName())
                        .isEqualTo(constraints(commanded));
            }
        });
    }

    @Test
    void everyRequestIsComparedWithACommand() {
        assertThat(REQUEST_AND_ITS_COMMAND.keySet().stream().map(request -> Arrays.stream(
                request.getRecordComponents()).filter(field -> Arrays.stream(REQUEST_AND_ITS_COMMAND.get(request)
                .getRecordComponents()).anyMatch(component -> component.getName().equals(field.getName())))
                .count())).as("fields each request shares with its command").allMatch(count -> count > 0);
    }

    /** Jakarta's constraints on a component (on its accessor: they do not target record components). */
    private static Set<Annotation> constraints(RecordComponent component) {
        return Arrays.stream(component.getAccessor().getAnnotations())
                .filter(annotation -> annotation.annotationType().getPackageName()
                        .equals("jakarta.validation.constraints"))
                .collect(Collectors.toSet());
    }
}
