package org.performanceledger.command.indicator;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.command.StubDirectory;
import org.performanceledger.events.Basis;
import org.performanceledger.events.Comparator;
import org.performanceledger.events.ComparatorKind;
import org.performanceledger.events.ComparatorRecorded;
import org.performanceledger.events.Frequency;
import org.performanceledger.events.IndicatorAmended;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.IndicatorRetired;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Polarity;
import org.performanceledger.events.YearBasis;

import java.math.BigDecimal;

import static org.performanceledger.command.RejectionMatchers.rejectedWith;

class IndicatorTest {

    static final IndicatorDefinition CLA_RATE = new IndicatorDefinition(
            "Rate of Looked After Children per 10,000 population under the age of 18", null, Polarity.RANGE,
            Basis.MONTHLY_SNAPSHOT, "rate", 1, Frequency.MONTHLY, YearBasis.FINANCIAL, "Department for People",
            "Head of Children's Services", "People Scrutiny", "SAFE", "2018-19", null);

    private final StubDirectory directory = new StubDirectory().withOrganisation("southend", 10);
    private AggregateTestFixture<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerInjectableResource(directory);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    private static RegisterIndicator registerClaRate() {
        return new RegisterIndicator("southend", "CP 1.2", new IndicatorDefinition(CLA_RATE.shortName(), null,
                Polarity.RANGE, Basis.MONTHLY_SNAPSHOT, "rate", 1, Frequency.MONTHLY, YearBasis.FINANCIAL,
                "Department for People", "Head of Children's Services", "People Scrutiny", "SAFE", "2018-19", null));
    }

    private static IndicatorRegistered claRateRegistered() {
        return new IndicatorRegistered("southend", "CP 1.2", CLA_RATE, null);
    }

    @Test
    void canRegisterAnIndicatorWithItsWholeDefinition() {
        fixture.givenNoPriorActivity()
                .when(registerClaRate())
                .expectSuccessfulHandlerExecution()
                .expectEvents(claRateRegistered());
    }

    @Test
    void aRegistrationWithOnlyCodeNameAndPolarityIsMonthlyOnTheFinancialYear() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "E12", "  Sickness  ", null, Polarity.MINIMISE))
                .expectEvents(new IndicatorRegistered("southend", "E12",
                        IndicatorDefinition.of("Sickness", null, Polarity.MINIMISE), null));
    }

    @Test
    void cannotRegisterACodeAlreadyRegisteredInTheOrganisation() {
        fixture.given(claRateRegistered())
                .when(registerClaRate())
                .expectNoEvents()
                .expectException(LedgerRejection.class)
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_ALREADY_REGISTERED));
    }

    @Test
    void cannotRegisterAnIndicatorForAnUnknownOrganisation() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("nowhere", "E12", "Sickness", null, Polarity.MINIMISE))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.ORGANISATION_NOT_FOUND));
    }

    @Test
    void cannotRegisterAnIndicatorWithoutAShortNameOrPolarity() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP 1.2", " ", null, null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotRegisterAnIndicatorWhoseCodeEndsInASpaceOrHoldsASlash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP 1.2 ", "Name", null, Polarity.MAXIMISE))
                .expectException(JSR303ViolationException.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP/1", "Name", null, Polarity.MAXIMISE))
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void canAmendPartOfADefinitionKeepingTheRestAndTheDefinitionBefore() {
        IndicatorDefinition amended = new IndicatorDefinition(CLA_RATE.shortName(), null, Polarity.RANGE,
                Basis.MONTHLY_SNAPSHOT, "rate", 1, Frequency.MONTHLY, YearBasis.FINANCIAL, "Department for People",
                "Director of Children's Services", "People Scrutiny", "SAFE", "2018-19", null);
        fixture.given(claRateRegistered())
                .when(amendManagedBy("Director of Children's Services", "Restructure, March 2019"))
                .expectEvents(new IndicatorAmended("southend", "CP 1.2", CLA_RATE, amended,
                        "Restructure, March 2019"));
    }

    @Test
    void cannotAmendWithoutAReason() {
        fixture.given(claRateRegistered())
                .when(amendManagedBy("Someone", " "))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotAmendSoThatNothingChanges() {
        fixture.given(claRateRegistered())
                .when(amendManagedBy("Head of Children's Services", "No change really"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.NOTHING_CHANGED));
    }

    @Test
    void canRetireAnIndicatorWithAReason() {
        fixture.given(claRateRegistered())
                .when(new RetireIndicator("southend", "CP 1.2", "Replaced by the 2019-20 corporate plan"))
                .expectEvents(new IndicatorRetired("southend", "CP 1.2", "Replaced by the 2019-20 corporate plan"));
    }

    @Test
    void cannotAmendARetiredIndicator() {
        fixture.given(claRateRegistered(), new IndicatorRetired("southend", "CP 1.2", "Gone"))
                .when(amendManagedBy("Someone", "Too late"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_RETIRED));
    }

    @Test
    void cannotRetireAnIndicatorTwice() {
        fixture.given(claRateRegistered(), new IndicatorRetired("southend", "CP 1.2", "Gone"))
                .when(new RetireIndicator("southend", "CP 1.2", "Again"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_RETIRED));
    }

    @Test
    void canRecordAComparator() {
        fixture.given(claRateRegistered())
                .when(new RecordComparator("southend", "CP 1.2", ComparatorKind.STATISTICAL_NEIGHBOUR,
                        new BigDecimal("64.1"), "2017-18", " LAIT "))
                .expectEvents(new ComparatorRecorded("southend", "CP 1.2", new Comparator(
                        ComparatorKind.STATISTICAL_NEIGHBOUR, new BigDecimal("64.1"), "2017-18", "LAIT")));
    }

    @Test
    void cannotRecordAComparatorWithoutAValueOrSource() {
        fixture.given(claRateRegistered())
                .when(new RecordComparator("southend", "CP 1.2", ComparatorKind.ENGLAND_AVERAGE, null, "2017-18",
                        null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    // The fixture holds one aggregate, so recoding's success (two aggregates) is tested over REST in infra.

    @Test
    void cannotRecodeARetiredIndicator() {
        fixture.registerAnnotatedCommandHandler(new IndicatorRecoding(fixture.getRepository()));
        fixture.given(claRateRegistered(), new IndicatorRetired("southend", "CP 1.2", "Gone"))
                .when(new RecodeIndicator("southend", "CP 1.2", "CP 1.02", "Renumbering"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_RETIRED));
    }

    @Test
    void cannotRecodeOntoACodeAlreadyInUse() {
        directory.withIndicator("southend", "CP 5.5", CLA_RATE, true);
        fixture.registerAnnotatedCommandHandler(new IndicatorRecoding(fixture.getRepository()));
        fixture.given(claRateRegistered())
                .when(new RecodeIndicator("southend", "CP 1.2", "CP 5.5", "Clash"))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_ALREADY_REGISTERED));
    }

    private static AmendIndicator amendManagedBy(String managedBy, String reason) {
        return new AmendIndicator("southend", "CP 1.2", new IndicatorDefinition(null, null, null, null, null, null,
                null, null, null, managedBy, null, null, null, null), reason);
    }
}
