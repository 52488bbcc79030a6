package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.server.VaadinService;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.beans.factory.annotation.Autowired;

/** Headers on every answer; session ids that change at sign-in and die at sign-out; idle sessions that end. */
@IntegrationTest
class HeadersAndSessionsIT {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    @Test
    void pages_and_api_answers_carry_the_security_headers() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/me", "/actuator/health"}) {
            HttpResponse<String> response = get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");

            assertThat(csp).as(path).contains("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("no-referrer");
        }
    }

    @Test
    void no_page_may_be_framed_by_anyone_not_even_vaadins_pages() throws Exception {
        signIn("bob", IntegrationTest.DEMO_PASSWORD);
        for (String path : new String[] {"/login", "/", "/account", "/api/v1/me", "/actuator/health",
                "/VAADIN/no-such-file.js"}) {
            HttpResponse<String> response = get(path);

            assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
        }
    }

    private HttpResponse<String> signInFrom(String... headers) throws Exception {
        String form = "username=bob&password=" + URLEncoder.encode(IntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8);
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").headers(headers)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_sign_in_form_posted_from_another_site_does_not_sign_the_browser_in() throws Exception {
        get("/login");

        assertThat(signInFrom("Origin", "https://attacker.example").statusCode()).isEqualTo(403);
        assertThat(signInFrom("Origin", "null").statusCode()).isEqualTo(403);
        assertThat(signInFrom("Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(signInFrom("Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
        assertThat(signInFrom("Sec-Fetch-Site", "cross-site", "Origin", "http://localhost:" + port).statusCode())
                .as("Sec-Fetch-Site decides when both are sent").isEqualTo(403);

        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void a_browser_on_our_page_sends_origin_null_under_no_referrer_and_still_signs_in() throws Exception {
        get("/login");

        HttpResponse<String> signedIn = signInFrom("Sec-Fetch-Site", "same-origin", "Origin", "null");

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void a_sign_in_form_posted_from_claimdesks_own_page_signs_in() throws Exception {
        get("/login");

        HttpResponse<String> signedIn = signInFrom("Origin", "http://localhost:" + port);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site() throws Exception {
        HttpResponse<String> login = get("/login");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();

        assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_session_id_changes_at_sign_in_and_the_old_one_is_dead_after_sign_out() throws Exception {
        get("/login");
        String before = sessionId();
        HttpResponse<String> signedIn = signIn("bob", IntegrationTest.DEMO_PASSWORD);
        String after = sessionId();

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(get("/").statusCode()).isEqualTo(200);

        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        cookies.getCookieStore().removeAll();
        HttpCookie old = new HttpCookie("JSESSIONID", after);
        old.setPath("/");
        cookies.getCookieStore().add(URI.create("http://localhost:" + port), old);

        HttpResponse<String> withOldCookie = get("/");
        assertThat(withOldCookie.statusCode()).isEqualTo(302);
        assertThat(withOldCookie.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void idle_sessions_close_after_thirty_minutes_by_default_even_with_a_tab_open() {
        assertThat(environment.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        assertThat(VaadinService.getCurrent() == null ? environment.getProperty("vaadin.closeIdleSessions")
                : String.valueOf(VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions()))
                .isEqualTo("true");
    }
}
