package org.performanceledger.infra.web.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's session without the browser: signed in through the sign-in form (its CSRF token, then the session
 * cookie), for tests that read pages and downloads as bytes.
 */
final class SignedInSession {

    private static final Pattern CSRF_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    private SignedInSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static SignedInSession of(String baseUrl, String username, String password)
            throws IOException, InterruptedException {
        SignedInSession session = new SignedInSession(baseUrl);
        String signInPage = session.get("/sign-in").body();
        Matcher token = CSRF_TOKEN.matcher(signInPage);
        assertThat(token.find()).as("the sign-in form's CSRF token").isTrue();
        HttpResponse<byte[]> signedIn = session.http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8) + "&username=" + username + "&password=" + password)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(signedIn.statusCode()).as("signed in as " + username).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValue(baseUrl + "/");
        return session;
    }

    /** Posts a form from the page at {@code from} (with that page's CSRF token), as its button does. */
    HttpResponse<String> post(String from, String path, String form) throws IOException, InterruptedException {
        Matcher token = CSRF_TOKEN.matcher(get(from).body());
        assertThat(token.find()).as("a form with a CSRF token on " + from).isTrue();
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8) + "&" + form)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(request(path), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "text/html,*/*").build();
    }
}
