package org.performanceledger.infra.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import org.performanceledger.events.IndicatorDefinition;
import org.performanceledger.query.history.IndicatorYearHistory;
import org.performanceledger.query.register.IndicatorView;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How query results look as JSON where that differs from their Java shape; the query side has no Jackson, so the
 * annotations live here as mix-ins.
 */
@Configuration(proxyBeanMethods = false)
class JsonMixins {

    /** An indicator reads as one flat object over REST: its definition's fields beside its status and code. */
    interface IndicatorViewJson {

        @JsonUnwrapped
        IndicatorDefinition definition();
    }

    /**
     * A year's versions read over REST without {@code lastChange}: the view's own bookkeeping (ADR 22), not part of
     * the record; each version carries its own event id and recording.
     */
    interface IndicatorYearHistoryJson {

        @JsonIgnore
        String lastChange();
    }

    /**
     * Record accessors called through generated lambdas rather than reflection: most of the time spent writing a
     * large report went into {@code Method.invoke}. Spring Boot adds every {@link Module} bean to its mapper.
     */
    @Bean
    Module blackbird() {
        return new BlackbirdModule();
    }

    @Bean
    Jackson2ObjectMapperBuilderCustomizer queryResultMixins() {
        return builder -> builder.mixIn(IndicatorView.class, IndicatorViewJson.class)
                .mixIn(IndicatorYearHistory.class, IndicatorYearHistoryJson.class);
    }
}
