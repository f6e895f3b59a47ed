package org.performanceledger.infra.operations;

import org.performanceledger.application.views.ViewAdministration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What operations see: the ledger's readiness beside MongoDB's health. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

    @Bean
    StartupProgress startupProgress(@Value("${ledger.demo-data:false}") boolean demoData) {
        return new StartupProgress(demoData);
    }

    @Bean("ledgerHealthIndicator")
    LedgerReadiness ledgerReadiness(StartupProgress startup, ViewAdministration views) {
        return new LedgerReadiness(startup, views);
    }
}
