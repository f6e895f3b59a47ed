package org.performanceledger.infra.security;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The personal access tokens' store, in every mode (the API's controllers exist even on the command line). */
@Configuration(proxyBeanMethods = false)
class AccessTokenConfiguration {

    @Bean
    AccessTokens accessTokens(MongoDatabase ledgerDatabase, Clock clock) {
        return new AccessTokens(ledgerDatabase, clock);
    }
}
