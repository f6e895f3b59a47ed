package org.performanceledger.infra.web.pages;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

import java.util.List;

/**
 * Serves GOV.UK Frontend from its WebJar, never from a CDN. Its CSS and JavaScript are at
 * {@code /webjars/govuk-frontend/dist/govuk/...} (Spring Boot maps {@code /webjars/**} and finds the version);
 * its precompiled CSS asks for fonts and images at {@code /assets/...}, mapped here to the WebJar's own assets.
 * Errors of page requests become error pages ({@link BrowserErrorPages}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PagesConfiguration implements WebMvcConfigurer {

    private static final String GOVUK_FRONTEND = "govuk-frontend";

    private final WebProperties web;

    PagesConfiguration(WebProperties web) {
        this.web = web;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String version = new WebJarVersionLocator().version(GOVUK_FRONTEND);
        if (version == null) {
            throw new IllegalStateException("The " + GOVUK_FRONTEND + " WebJar is not on the class path");
        }
        registry.addResourceHandler("/assets/**").addResourceLocations(
                "classpath:" + WebJarVersionLocator.WEBJARS_PATH_PREFIX + "/" + GOVUK_FRONTEND + "/" + version
                        + "/dist/govuk/assets/")
                // Cached as the other static files are (spring.web.resources.cache).
                .setCacheControl(web.getResources().getCache().getCachecontrol().toHttpCacheControl());
    }

    @Override
    public void extendHandlerExceptionResolvers(List<HandlerExceptionResolver> resolvers) {
        resolvers.add(0, new BrowserErrorPages());
    }
}
