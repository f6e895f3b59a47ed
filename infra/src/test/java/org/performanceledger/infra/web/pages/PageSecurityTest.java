package org.performanceledger.infra.web.pages;

import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two security chains over HTTP: pages have sessions, CSRF tokens and a strict Content-Security-Policy; the
 * API keeps HTTP Basic, no session, 401 and its problem documents.
 */
class PageSecurityTest extends RunningLedger {

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Autowired
    private ServletWebServerApplicationContext application;

    @Test
    void aPageAskedForBeforeSigningInRedirectsToTheSignInPage() throws Exception {
        HttpResponse<String> answer = get("/", BROWSER_ACCEPT);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(baseUrl() + "/sign-in");
    }

    @Test
    void theApiStillAnswers401WithoutASessionAndItsErrorsAreStillProblemDocuments() throws Exception {
        HttpResponse<String> anonymous = get("/api/organisations/southend", BROWSER_ACCEPT);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic"));
        assertThat(anonymous.headers().allValues("Set-Cookie")).isEmpty();

        for (String accept : List.of("application/json", BROWSER_ACCEPT)) {
            // The auditor holds a role in every organisation, so an unknown one is not found (not forbidden).
            HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/organisations/no-such"))
                    .header("Accept", accept).header("Authorization", basic("auditor", "demo")).build());
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(unknown.body()).contains("\"code\":\"ORGANISATION_NOT_FOUND\"");
            assertThat(unknown.headers().allValues("Set-Cookie")).as("the API stays stateless").isEmpty();

            HttpResponse<String> noSuchPath = send(HttpRequest.newBuilder(uri("/api/no-such-resource"))
                    .header("Accept", accept).header("Authorization", basic("scrutiny", "demo")).build());
            assertThat(noSuchPath.statusCode()).isEqualTo(404);
            assertThat(noSuchPath.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void pagesAreServedWithTheirSecurityHeadersAndAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> page = get("/sign-in", BROWSER_ACCEPT);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
                        + "frame-ancestors 'none'");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over plain HTTP").isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").contains("; HttpOnly", "; SameSite=Lax").doesNotContain("Secure"));
        assertThat(page.body()).doesNotContain("<script>").doesNotContain(" style=\"");
    }

    @Test
    void overTlsPagesAskForHstsAndTheSessionCookieIsSecure() throws Exception {
        // As a proxy that ends TLS tells the application (server.forward-headers-strategy=native).
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/sign-in"))
                .header("Accept", BROWSER_ACCEPT).header("X-Forwarded-Proto", "https").build());

        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("; Secure", "; HttpOnly", "; SameSite=Lax"));
    }

    @Test
    void aSignInWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> signInPage = get("/sign-in", BROWSER_ACCEPT);
        String session = session(signInPage);

        HttpResponse<String> refused = post("/sign-in", session, "username=officer&password=demo");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("The form had expired").doesNotContain("You are still signed in");
        assertThat(get("/", BROWSER_ACCEPT, session).statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    void aFormWithAStaleTokenWhileSignedInSaysTheFormHadExpiredLinksBackAndKeepsTheSession() throws Exception {
        String form = "/organisations/southend/indicators/CP%204.3/values/record?period=2019-02";
        String session = signIn("officer", "demo");
        for (boolean tokenInSession : List.of(false, true)) {
            if (tokenInSession) {
                // A page with a form (the layout's sign-out) gives the session its token; without one it has none.
                assertThat(get("/", BROWSER_ACCEPT, session).statusCode()).isEqualTo(200);
            }

            HttpResponse<String> refused = post("/organisations/southend/indicators/CP%204.3/values/record",
                    session, "_csrf=from-a-page-opened-before-signing-in&period=2019-02&value.state=NUMBER"
                            + "&value.number=1", baseUrl() + form);

            assertThat(refused.statusCode()).as("token in the session: " + tokenInSession).isEqualTo(403);
            Document page = Jsoup.parse(refused.body());
            assertThat(page.select("h1").text()).isEqualTo("The form had expired");
            assertThat(page.select("main").text()).contains("nothing was saved", "You are still signed in");
            assertThat(page.select("#back-to-the-form").attr("href")).isEqualTo(form);
            assertThat(get("/", BROWSER_ACCEPT, session).statusCode()).as("still signed in").isEqualTo(200);
        }
        HttpResponse<String> elsewhere = post("/sign-out", session, "_csrf=stale", "http://elsewhere.example/x");
        assertThat(Jsoup.parse(elsewhere.body()).select("#back-to-the-form").attr("href"))
                .as("another site's page is not linked").isEqualTo("/");
    }

    @Test
    void aFormSentAfterTheSessionEndedStartsAgainAtSignIn() throws Exception {
        String session = signIn("officer", "demo");
        tomcatContext().getManager().findSession(session).expire();

        HttpResponse<String> afterwards = post("/sign-out", session, "_csrf=died-with-the-session", null);

        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValue(baseUrl() + "/sign-in?session-ended");
    }

    @Test
    void aSignedInSessionEndsAfterThirtyMinutesWithoutARequest() throws Exception {
        String session = signIn("officer", "demo");
        assertThat(get("/", BROWSER_ACCEPT, session).statusCode()).isEqualTo(200);

        Session onTheServer = tomcatContext().getManager().findSession(session);

        assertThat(onTheServer.getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void aRequestNamingASessionThatHasEndedStartsAgainAtSignIn() throws Exception {
        String session = signIn("officer", "demo");
        tomcatContext().getManager().findSession(session).expire();

        HttpResponse<String> afterwards = get("/", BROWSER_ACCEPT, session);

        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).hasValue(baseUrl() + "/sign-in?session-ended");
    }

    @Test
    void theStylesAndScriptsAreServedBeforeSigningIn() throws Exception {
        for (String path : List.of("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "/js/ledger.js", "/css/ledger.css",
                "/assets/fonts/bold-b542beb274-v2.woff2", "/assets/images/govuk-crest.svg")) {
            HttpResponse<String> file = get(path, "*/*");
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=3600");
        }
    }

    private String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> signInPage = get("/sign-in", BROWSER_ACCEPT);
        Matcher token = CSRF_TOKEN.matcher(signInPage.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = post("/sign-in", session(signInPage), "_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&username=" + username
                + "&password=" + password);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(baseUrl() + "/");
        return session(signedIn);
    }

    private Context tomcatContext() {
        TomcatWebServer server = (TomcatWebServer) application.getWebServer();
        return (Context) server.getTomcat().getHost().findChildren()[0];
    }

    private static String session(HttpResponse<String> answer) {
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        Matcher session = SESSION.matcher(cookie);
        assertThat(session.find()).as(cookie).isTrue();
        return session.group(1);
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build());
    }

    private HttpResponse<String> get(String path, String accept, String session)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .header("Cookie", "JSESSIONID=" + session).build());
    }

    private HttpResponse<String> post(String path, String session, String form)
            throws IOException, InterruptedException {
        return post(path, session, form, null);
    }

    /** A form posted from the page at {@code referer} (null: no Referer), as a browser sends it. */
    private HttpResponse<String> post(String path, String session, String form, String referer)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT)
                .header("Cookie", "JSESSIONID=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (referer != null) {
            request.header("Referer", referer);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
