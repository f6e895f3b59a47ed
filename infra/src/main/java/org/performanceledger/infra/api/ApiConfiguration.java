package org.performanceledger.infra.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How the API reads requests: controllers receive the request's
 * {@link org.performanceledger.application.access.Caller}; a JSON body must be UTF-8, and a field the request does
 * not have, or a field given twice, is refused by name rather than dropped or silently overwritten. These settings
 * are the HTTP reader's own: the event store's serializer (which shares Spring's ObjectMapper) keeps reading old
 * events leniently.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerArgumentResolver());
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter json) {
                json.setObjectMapper(json.getObjectMapper().copy()
                        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));
            }
        }
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Utf8Only()).addPathPatterns("/api/**");
    }

    /** A body in a charset other than UTF-8: refused (415) rather than decoded into something else. */
    static final class UnsupportedCharset extends RuntimeException {

        UnsupportedCharset(String message) {
            super(message);
        }
    }

    /** A body sent with a charset other than UTF-8 is refused (415), not decoded into something else. */
    static final class Utf8Only implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String contentType = request.getContentType();
            if (contentType == null) {
                return true;
            }
            MediaType type;
            try {
                type = MediaType.parseMediaType(contentType);
            } catch (IllegalArgumentException malformed) {
                throw new UnsupportedCharset("Content-Type '" + contentType + "' is not a media type");
            }
            Charset charset;
            try {
                charset = type.getCharset();
            } catch (IllegalArgumentException unknown) {
                throw new UnsupportedCharset("The charset of '" + contentType + "' is unknown: send UTF-8");
            }
            if (charset != null && !charset.equals(StandardCharsets.UTF_8) && !type.isCompatibleWith(
                    MediaType.MULTIPART_FORM_DATA)) {
                throw new UnsupportedCharset("The body must be UTF-8, not " + charset.name());
            }
            return true;
        }
    }
}
