package org.performanceledger.infra.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.performanceledger.application.views.Views;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Duration;

/**
 * A form that changed something answers with a redirect to the page showing the change (post, redirect, get). The
 * views follow the event store a little behind (a few hundred milliseconds), so before that redirect goes out this
 * waits, for at most {@link #PATIENCE}, until they have caught up: the page then shows what was just recorded. Should
 * they take longer, the page shows what they hold, and the change a moment later.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ChangesShownOnRedirect implements WebMvcConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ChangesShownOnRedirect.class);
    static final Duration PATIENCE = Duration.ofSeconds(3);

    private final Views views;

    ChangesShownOnRedirect(Views views) {
        this.views = views;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   ModelAndView answer) throws InterruptedException {
                if ("POST".equals(request.getMethod()) && answer != null && answer.getViewName() != null
                        && answer.getViewName().startsWith("redirect:") && !views.awaitCaughtUp(PATIENCE)) {
                    log.info("The views had not caught up after {} when {} redirected", PATIENCE,
                            request.getRequestURI());
                }
            }
        }).addPathPatterns("/organisations/**");
    }
}
