package org.performanceledger.command.organisation;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.OrganisationRegistered;
import org.performanceledger.events.ReportPublished;
import org.performanceledger.events.CorporateAimDescribed;
import org.performanceledger.events.StatusScheme;
import org.performanceledger.events.StatusSchemeChosen;

import java.util.List;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import static org.performanceledger.command.RejectionMatchers.rejectedWith;

class OrganisationTest {

    private AggregateTestFixture<Organisation> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Organisation.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2019-02-22T10:31:00Z"),
                ZoneId.of("Europe/London")));
    }

    @Test
    void canRegisterAnOrganisationWithTheDefaultReturnRule() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("southend", " Southend-on-Sea Borough Council ", null))
                .expectEvents(new OrganisationRegistered("southend", "Southend-on-Sea Borough Council", 10));
    }

    @Test
    void canRegisterAnOrganisationWithItsOwnReturnRule() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("essex-children", "Children's Trust", 15))
                .expectEvents(new OrganisationRegistered("essex-children", "Children's Trust", 15));
    }

    @Test
    void cannotRegisterAnOrganisationTwice() {
        fixture.given(new OrganisationRegistered("southend", "Southend", 10))
                .when(new RegisterOrganisation("southend", "Southend again", null))
                .expectNoEvents()
                .expectException(LedgerRejection.class)
                .expectException(rejectedWith(LedgerErrorCode.ORGANISATION_ALREADY_REGISTERED));
    }

    @Test
    void cannotRegisterAnOrganisationWithAnInvalidIdOrNoName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterOrganisation("Southend Council", " ", -1))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void canRecordThatAReportWasPublishedToACommittee() {
        fixture.given(new OrganisationRegistered("southend", "Southend", 10))
                .when(new PublishReport("southend", "2019-01", "Cabinet", "Monthly Performance Report January 2019"))
                .expectEvents(new ReportPublished("southend", "2019-01", "Cabinet",
                        "Monthly Performance Report January 2019"));
    }

    @Test
    void cannotPublishAReportForAPeriodThatHasNotEnded() {
        fixture.given(new OrganisationRegistered("southend", "Southend", 10))
                .when(new PublishReport("southend", "2019-02", "Cabinet", null))
                .expectNoEvents()
                .expectException(rejectedWith(LedgerErrorCode.PERIOD_OUT_OF_RANGE));
    }

    @Test
    void cannotPublishAReportForAMalformedPeriod() {
        fixture.given(new OrganisationRegistered("southend", "Southend", 10))
                .when(new PublishReport("southend", "January 2019", "Cabinet", null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void canChooseTheFiveStateSchemeAndChoosingItAgainRecordsNothing() {
        fixture.given(new OrganisationRegistered("slough", "Slough", 10))
                .when(new ChooseStatusScheme("slough", StatusScheme.FIVE_STATE, " Trust Board key "))
                .expectEvents(new StatusSchemeChosen("slough", StatusScheme.FIVE_STATE, "Trust Board key"));
        fixture.given(new OrganisationRegistered("slough", "Slough", 10),
                        new StatusSchemeChosen("slough", StatusScheme.FIVE_STATE, "Trust Board key"))
                .when(new ChooseStatusScheme("slough", StatusScheme.FIVE_STATE, "again"))
                .expectNoEvents();
    }

    @Test
    void choosingTheDefaultSchemeWhileInForceRecordsNothing() {
        fixture.given(new OrganisationRegistered("slough", "Slough", 10))
                .when(new ChooseStatusScheme("slough", StatusScheme.THREE_STATE, "default"))
                .expectNoEvents();
    }

    @Test
    void cannotChooseASchemeWithoutAReason() {
        fixture.given(new OrganisationRegistered("slough", "Slough", 10))
                .when(new ChooseStatusScheme("slough", StatusScheme.FIVE_STATE, " "))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void canDescribeACorporateAimAndTheSameDescriptionAgainRecordsNothing() {
        CorporateAimDescribed safe = new CorporateAimDescribed("southend", "SAFE", null,
                List.of("Create a safe environment across the town for residents, workers and visitors."));
        fixture.given(new OrganisationRegistered("southend", "Southend", 10))
                .when(new DescribeCorporateAim("southend", " SAFE ", " ",
                        List.of(" Create a safe environment across the town for residents, workers and visitors. ")))
                .expectEvents(safe);
        fixture.given(new OrganisationRegistered("southend", "Southend", 10), safe)
                .when(new DescribeCorporateAim("southend", "SAFE", null,
                        List.of("Create a safe environment across the town for residents, workers and visitors.")))
                .expectNoEvents();
    }
}
