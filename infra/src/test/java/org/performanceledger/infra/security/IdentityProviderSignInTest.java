package org.performanceledger.infra.security;

import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council that configures its identity provider (OpenID Connect) has it offered on the sign-in page beside the
 * form, and signing in with it starts an authorization-code request to that provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false",
                "spring.security.oauth2.client.registration.southend.client-id=ledger",
                "spring.security.oauth2.client.registration.southend.client-secret=not-a-secret",
                "spring.security.oauth2.client.registration.southend.client-name=Southend Council",
                "spring.security.oauth2.client.registration.southend.scope=openid,profile",
                "spring.security.oauth2.client.registration.southend.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.southend.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider.southend.authorization-uri=https://id.southend.example/authorize",
                "spring.security.oauth2.client.provider.southend.token-uri=https://id.southend.example/token",
                "spring.security.oauth2.client.provider.southend.jwk-set-uri=https://id.southend.example/jwks",
                "spring.security.oauth2.client.provider.southend.user-name-attribute=preferred_username"})
@ActiveProfiles("demo")
class IdentityProviderSignInTest {

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("oidc").toString());
    }

    @Autowired
    private TestRestTemplate http;

    @Test
    void theSignInPageOffersTheCouncilsIdentityProviderBesideTheForm() {
        String page = http.getForObject("/sign-in", String.class);

        assertThat(page).contains("Sign in with Southend Council").contains("/oauth2/authorization/southend")
                .contains("name=\"username\"");
    }

    @Test
    void signingInWithItAsksTheProviderForAnAuthorizationCode() throws Exception {
        HttpResponse<String> start = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(http.getRootUri() + "/oauth2/authorization/southend"))
                        .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(start.statusCode()).isEqualTo(302);
        UriComponents redirect = UriComponentsBuilder.fromUriString(start.headers().firstValue("Location")
                .orElseThrow()).build();
        assertThat(redirect.getHost()).isEqualTo("id.southend.example");
        assertThat(redirect.getPath()).isEqualTo("/authorize");
        assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
        assertThat(redirect.getQueryParams().getFirst("client_id")).isEqualTo("ledger");
        assertThat(redirect.getQueryParams().getFirst("scope")).contains("openid");
        assertThat(redirect.getQueryParams().getFirst("state")).isNotBlank();
        assertThat(redirect.getQueryParams().getFirst("nonce")).isNotBlank();
    }

    @Test
    void withoutAProviderConfiguredTheApiStillTakesPasswordsAndTokens() {
        assertThat(http.withBasicAuth("officer", "demo").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
