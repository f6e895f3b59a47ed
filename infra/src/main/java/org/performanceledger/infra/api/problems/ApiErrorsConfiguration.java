package org.performanceledger.infra.api.problems;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every error of the API a problem document, also those answered before a controller is reached: by the firewall
 * ({@link ProblemRequestRejectedHandler}), on the error dispatch ({@link ProblemErrorController}) and by Tomcat
 * itself ({@link ProblemErrorReportValve}). Sign-in refusals are the API security chain's
 * ({@link ProblemAuthenticationEntryPoint}, {@link ProblemAccessDeniedHandler}); errors in controllers are
 * ProblemDetailsAdvice's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiErrorsConfiguration {

    /** Spring Security takes the application's one RequestRejectedHandler for its filter chain. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return new ProblemRequestRejectedHandler();
    }

    /** In place of Spring Boot's BasicErrorController (it steps back when an ErrorController is defined). */
    @Bean
    ProblemErrorController problemErrorController(ErrorAttributes errorAttributes, ServerProperties server,
                                                  ObjectProvider<ErrorViewResolver> errorViewResolvers) {
        return new ProblemErrorController(errorAttributes, server.getError(),
                errorViewResolvers.orderedStream().toList());
    }

    /**
     * Tomcat's error report valve sits on the host; Spring Boot adds one without its version or stack traces. This
     * replaces it with {@link ProblemErrorReportValve}, and names that class as the host's valve so Tomcat adds no
     * other. Runs after Spring Boot's own customizer, so its valve is there to be replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
        return new TomcatErrorReport();
    }

    private static final class TomcatErrorReport
            implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
                host.getPipeline().addValve(new ProblemErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
