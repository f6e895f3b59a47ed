package org.performanceledger.command.indicator;

import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.performanceledger.events.IndicatorRegistered;
import org.performanceledger.events.LedgerErrorCode;
import org.performanceledger.events.LedgerRejection;
import org.performanceledger.events.Polarity;

import static org.hamcrest.Matchers.is;

class IndicatorTest {

    private AggregateTestFixture<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        fixture.registerCommandHandlerInterceptor(new BeanValidationInterceptor<>());
    }

    @Test
    void canRegisterANewIndicator() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP 1.2", "  People helped to live at home ",
                        "Adults supported", Polarity.MAXIMISE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new IndicatorRegistered("southend", "CP 1.2", "People helped to live at home",
                        "Adults supported", Polarity.MAXIMISE));
    }

    @Test
    void cannotRegisterACodeAlreadyRegisteredInTheOrganisation() {
        fixture.given(new IndicatorRegistered("southend", "CP 1.2", "People helped", null, Polarity.MAXIMISE))
                .when(new RegisterIndicator("southend", "CP 1.2", "Another name", null, Polarity.MINIMISE))
                .expectNoEvents()
                .expectException(LedgerRejection.class)
                .expectException(rejectedWith(LedgerErrorCode.INDICATOR_ALREADY_REGISTERED));
    }

    @Test
    void cannotRegisterAnIndicatorWithoutAShortName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP 1.2", " ", null, Polarity.MAXIMISE))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotRegisterAnIndicatorWhoseCodeEndsInASpaceOrHoldsASlash() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP 1.2 ", "Name", null, Polarity.MAXIMISE))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "CP/1", "Name", null, Polarity.MAXIMISE))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    @Test
    void cannotRegisterAnIndicatorWithoutAPolarity() {
        fixture.givenNoPriorActivity()
                .when(new RegisterIndicator("southend", "E12", "Name", null, null))
                .expectNoEvents()
                .expectException(JSR303ViolationException.class);
    }

    static Matcher<LedgerRejection> rejectedWith(LedgerErrorCode code) {
        return new FeatureMatcher<>(is(code), "a rejection with code", "code") {
            @Override
            protected LedgerErrorCode featureValueOf(LedgerRejection rejection) {
                return rejection.code();
            }
        };
    }
}
