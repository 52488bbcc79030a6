package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** UI sessions and API tokens follow their account: disable, reset and change end them, on the next request. */
@IntegrationTest
class SessionsFollowTheAccountIT {

    static final String PASSWORD = "a long quiet passphrase";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient anonymous;
    ApiClient admin;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.anonymous(port);
        admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }

    /** A browser-like client: a cookie jar, no redirects followed. */
    final class UiSession {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        UiSession signIn(String username, String password) throws Exception {
            get("/login");
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        boolean signedIn() throws Exception {
            HttpResponse<String> page = get("/account");
            return page.statusCode() == 200;
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private ApiClient newAccount(String username) {
        var created = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"" + username + "\",\"role\":\"REVIEWER\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.basic(username, PASSWORD);
    }

    private ApiClient tokenOf(ApiClient basic) {
        return anonymous.bearer(basic.post("/api/v1/tokens", "{}").json().get("token").asString());
    }

    @Test
    void disabling_an_account_ends_its_open_ui_sessions_and_revokes_its_tokens() throws Exception {
        ApiClient nia = newAccount("nia-disabled");
        ApiClient script = tokenOf(nia);
        UiSession laptop = new UiSession().signIn("nia-disabled", PASSWORD);
        UiSession phone = new UiSession().signIn("nia-disabled", PASSWORD);
        assertThat(laptop.signedIn()).isTrue();

        assertThat(admin.post("/api/v1/admin/accounts/nia-disabled/disable", "").status()).isEqualTo(200);

        assertThat(laptop.signedIn()).isFalse();
        assertThat(phone.signedIn()).isFalse();
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(admin.post("/api/v1/admin/accounts/nia-disabled/enable", "").status()).isEqualTo(200);
        assertThat(laptop.signedIn()).as("enabling again does not bring an ended session back").isFalse();
        assertThat(script.get("/api/v1/me").status()).as("nor a revoked token").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from api_token t join account a using (account_id)"
                + " where a.username = 'nia-disabled' and t.revoked_at is null", Long.class)).isZero();
    }

    @Test
    void an_admins_password_reset_ends_the_sessions_and_revokes_the_tokens() throws Exception {
        ApiClient omar = newAccount("omar-reset");
        ApiClient script = tokenOf(omar);
        UiSession session = new UiSession().signIn("omar-reset", PASSWORD);

        assertThat(admin.put("/api/v1/admin/accounts/omar-reset/password", "{\"password\":\"set by the admin now\"}")
                .status()).isEqualTo(204);

        assertThat(session.signedIn()).isFalse();
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(new UiSession().signIn("omar-reset", "set by the admin now").signedIn()).isTrue();
    }

    @Test
    void changing_ones_own_password_ends_the_other_sessions_and_keeps_tokens_unless_asked() throws Exception {
        ApiClient pia = newAccount("pia-changes");
        ApiClient script = tokenOf(pia);
        UiSession other = new UiSession().signIn("pia-changes", PASSWORD);

        assertThat(pia.put("/api/v1/me/password", "{\"currentPassword\":\"" + PASSWORD
                + "\",\"newPassword\":\"her second passphrase\"}").status()).isEqualTo(204);

        assertThat(other.signedIn()).isFalse();
        assertThat(script.get("/api/v1/me").status()).as("tokens kept when not asked").isEqualTo(200);
        ApiClient piaNow = anonymous.basic("pia-changes", "her second passphrase");
        assertThat(piaNow.put("/api/v1/me/password", "{\"currentPassword\":\"her second passphrase\","
                + "\"newPassword\":\"her third passphrase\",\"revokeTokens\":true}").status()).isEqualTo(204);
        assertThat(script.get("/api/v1/me").status()).as("tokens revoked when asked").isEqualTo(401);
    }

    @Test
    void fifty_parallel_requests_with_one_token_all_succeed() throws Exception {
        ApiClient script = tokenOf(newAccount("quinn-parallel"));
        jdbc.update("update api_token set last_used_at = now() - interval '2 minutes' where account_id ="
                + " (select account_id from account where username = 'quinn-parallel')");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(() -> script.get("/api/v1/me").status());
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(50)) {
            for (Future<Integer> status : pool.invokeAll(calls)) {
                statuses.add(status.get());
            }
        }

        assertThat(statuses).hasSize(50).allMatch(s -> s == 200);
        assertThat(jdbc.queryForObject("select last_used_at > now() - interval '1 minute' from api_token where"
                + " account_id = (select account_id from account where username = 'quinn-parallel')", Boolean.class))
                .isTrue();
    }
}
