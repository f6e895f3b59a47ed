package org.performanceledger.infra.application;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.performanceledger.application.Ledger;
import org.performanceledger.application.access.UserDirectory;
import org.performanceledger.application.access.Users;
import org.performanceledger.application.audit.AuditTrail;
import org.performanceledger.application.audit.EventStoreVerification;
import org.performanceledger.application.imports.Imports;
import org.performanceledger.application.indicators.Indicators;
import org.performanceledger.application.organisations.Organisations;
import org.performanceledger.application.publications.Publications;
import org.performanceledger.application.reports.Reports;
import org.performanceledger.application.views.ViewAdministration;
import org.performanceledger.application.views.Views;
import org.performanceledger.application.years.IndicatorYears;
import org.performanceledger.command.LedgerDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The application layer's services, one per area: the only door the API, the pages and the import use. */
@Configuration(proxyBeanMethods = false)
public class ApplicationServices {

    @Bean
    Ledger ledger(CommandGateway commands, QueryGateway queries) {
        return new Ledger(commands, queries);
    }

    @Bean
    Organisations organisations(Ledger ledger, Clock clock) {
        return new Organisations(ledger, clock);
    }

    @Bean
    Indicators indicators(Ledger ledger, Organisations organisations) {
        return new Indicators(ledger, organisations);
    }

    @Bean
    IndicatorYears indicatorYears(Ledger ledger, Indicators indicators, Clock clock) {
        return new IndicatorYears(ledger, indicators, clock);
    }

    @Bean
    Publications publications(Ledger ledger, Organisations organisations, Reports reports) {
        return new Publications(ledger, organisations, reports);
    }

    @Bean
    Reports reports(Ledger ledger, Organisations organisations, ViewAdministration administration, Clock clock) {
        return new Reports(ledger, organisations, administration, clock);
    }

    @Bean
    AuditTrail auditTrail(Ledger ledger, Organisations organisations, EventStoreVerification verification) {
        return new AuditTrail(ledger, organisations, verification);
    }

    @Bean
    Views views(ViewAdministration administration) {
        return new Views(administration);
    }

    @Bean
    Imports imports(Ledger ledger, LedgerDirectory directory, Clock clock) {
        return new Imports(ledger, directory, clock);
    }

    /** The users of the web application's directory (ledger.users); none when the ledger runs without the web. */
    @Bean
    Users users(ObjectProvider<UserDirectory> directory) {
        return new Users(() -> {
            UserDirectory users = directory.getIfAvailable();
            return users == null ? List.of() : users.all();
        });
    }
}
