package org.performanceledger.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.performanceledger.infra.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Scripts authenticate with a personal access token (made once with a password, shown once, stored as a hash,
 * revocable) or with a JWT from the organisation's identity provider, here a key pair made for the test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.file.name=", "spring.main.banner-mode=off", "ledger.demo-data=false"})
@ActiveProfiles("demo")
class BearerTokenTest {

    private static final KeyPair IDENTITY_PROVIDER = keyPair();
    private static final KeyPair SOMEONE_ELSE = keyPair();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("ledger.data-dir", () -> TestData.freshDirectory("bearer").toString());
        Path publicKey = Files.createDirectories(TestData.freshDirectory("idp")).resolve("public.pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder()
                .encodeToString(IDENTITY_PROVIDER.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKey);
    }

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private MongoDatabase ledgerDatabase;

    @BeforeAll
    static void southend(@Autowired TestRestTemplate http) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/organisations",
                new HttpEntity<>("{\"id\":\"southend\",\"name\":\"Southend-on-Sea\"}", json), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // The directory is a view: it shows the organisation once its projection has caught up.
        await().atMost(Duration.ofSeconds(20)).until(() -> http.withBasicAuth("auditor", "demo")
                .getForEntity("/api/organisations/southend", String.class).getStatusCode() == HttpStatus.OK);
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String jwt(KeyPair signer, JWTClaimsSet.Builder claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWTClaimsSet.Builder claims(String username) {
        return new JWTClaimsSet.Builder().claim("preferred_username", username).claim("name", "Council Analyst")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private ResponseEntity<JsonNode> asBearer(String token, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange(path, method, new HttpEntity<>(json, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> makeToken(String user, String name) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity("/api/me/tokens",
                new HttpEntity<>("{\"name\":\"" + name + "\"}", headers), JsonNode.class);
    }

    @Test
    void anAccessTokenIsShownOnceStoredAsAHashAndActsForItsOwner() {
        ResponseEntity<JsonNode> made = makeToken("performance", "Nightly import script");
        assertThat(made.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String token = made.getBody().get("token").asText();
        assertThat(token).startsWith("plt_").hasSizeGreaterThan(40);

        Document stored = ledgerDatabase.getCollection(AccessTokens.COLLECTION)
                .find(new Document("username", "performance")).first();
        assertThat(stored.toJson()).doesNotContain(token).doesNotContain(token.substring(4));

        ResponseEntity<JsonNode> registered = asBearer(token, HttpMethod.POST,
                "/api/organisations/southend/indicators",
                "{\"code\":\"CP 4.1\",\"shortName\":\"Visits\",\"polarity\":\"MAXIMISE\"}");
        assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode me = asBearer(token, HttpMethod.GET, "/api/me", null).getBody();
        assertThat(me.get("username").asText()).isEqualTo("performance");
        assertThat(me.at("/grants/0/organisationId").asText()).isEqualTo("southend");
        assertThat(me.at("/grants/0/role").asText()).isEqualTo("PERFORMANCE");

        JsonNode listed = http.withBasicAuth("performance", "demo").getForObject("/api/me/tokens", JsonNode.class);
        assertThat(listed.toString()).contains("Nightly import script").doesNotContain(token);
    }

    @Test
    void aTokenKeepsItsOwnersRolesAndNoMore() {
        String token = makeToken("scrutiny", "Reading reports").getBody().get("token").asText();

        assertThat(asBearer(token, HttpMethod.GET, "/api/organisations/southend", null).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(asBearer(token, HttpMethod.POST, "/api/organisations/southend/indicators",
                "{\"code\":\"CP 4.2\",\"shortName\":\"Visits\",\"polarity\":\"MAXIMISE\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnce() {
        JsonNode made = makeToken("officer", "Short-lived").getBody();
        String token = made.get("token").asText();
        assertThat(asBearer(token, HttpMethod.GET, "/api/me", null).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(http.withBasicAuth("scrutiny", "demo").exchange("/api/me/tokens/" + made.get("id").asText(),
                HttpMethod.DELETE, null, JsonNode.class).getStatusCode())
                .as("only its owner can revoke it").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.withBasicAuth("officer", "demo").exchange("/api/me/tokens/" + made.get("id").asText(),
                HttpMethod.DELETE, null, JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(asBearer(token, HttpMethod.GET, "/api/me", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenCannotMakeAnotherToken() {
        String token = makeToken("officer", "Script").getBody().get("token").asText();

        assertThat(asBearer(token, HttpMethod.POST, "/api/me/tokens", "{\"name\":\"Another\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anUnknownTokenIsRefused() {
        assertThat(asBearer("plt_" + "x".repeat(43), HttpMethod.GET, "/api/me", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aJwtFromTheIdentityProviderActsForItsUserWithTheGrantsItCarries() {
        String token = jwt(IDENTITY_PROVIDER, claims("analyst@southend.gov.uk")
                .claim("ledger_grants", List.of("PERFORMANCE@southend")));

        JsonNode me = asBearer(token, HttpMethod.GET, "/api/me", null).getBody();
        assertThat(me.get("username").asText()).isEqualTo("analyst@southend.gov.uk");
        assertThat(me.get("displayName").asText()).isEqualTo("Council Analyst");
        assertThat(asBearer(token, HttpMethod.POST, "/api/organisations/southend/indicators",
                "{\"code\":\"CP 4.3\",\"shortName\":\"Visits\",\"polarity\":\"MAXIMISE\"}").getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(ledgerDatabase.getCollection("events").find(new Document("aggregateId", "southend:CP 4.3"))
                .first().getString("metaData")).contains("\"userId\":\"analyst@southend.gov.uk\"");
    }

    @Test
    void aJwtWithoutGrantsActsWithTheGrantsConfiguredForItsUser() {
        String token = jwt(IDENTITY_PROVIDER, claims("officer"));

        JsonNode me = asBearer(token, HttpMethod.GET, "/api/me", null).getBody();
        assertThat(me.at("/grants/0/role").asText()).isEqualTo("OFFICER");
        assertThat(asBearer(token, HttpMethod.POST, "/api/organisations/southend/indicators",
                "{\"code\":\"CP 4.4\",\"shortName\":\"Visits\",\"polarity\":\"MAXIMISE\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aJwtSignedByAnotherKeyOrExpiredIsRefused() {
        assertThat(asBearer(jwt(SOMEONE_ELSE, claims("officer")), HttpMethod.GET, "/api/me", null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(asBearer(jwt(IDENTITY_PROVIDER, claims("officer")
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))), HttpMethod.GET, "/api/me", null)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
