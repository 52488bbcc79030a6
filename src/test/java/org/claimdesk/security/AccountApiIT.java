package org.claimdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class AccountApiIT {

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

    private ApiClient newAccount(String username, String role) {
        var created = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"" + username + "\",\"role\":\"" + role + "\",\"password\":\"correct horse battery\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return anonymous.basic(username, "correct horse battery");
    }

    @Test
    void me_answers_the_signed_in_users_name_and_roles() {
        var me = anonymous.basic("alice", IntegrationTest.DEMO_PASSWORD).get("/api/v1/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("username").asString()).isEqualTo("alice");
        assertThat(me.json().get("roles").toString()).isEqualTo("[\"REVIEWER\"]");
    }

    @Test
    void without_credentials_the_api_answers_401_as_a_problem_detail() {
        var me = anonymous.get("/api/v1/me");

        assertThat(me.status()).isEqualTo(401);
        assertThat(me.contentType()).startsWith("application/problem+json");
        assertThat(me.json().get("detail").asString()).contains("HTTP Basic");
    }

    @Test
    void a_token_authenticates_until_its_owner_revokes_it() {
        ApiClient bob = anonymous.basic("bob", IntegrationTest.DEMO_PASSWORD);
        var issued = bob.post("/api/v1/tokens", "{\"name\":\"newsroom CMS\"}").json();
        ApiClient script = anonymous.bearer(issued.get("token").asString());

        assertThat(script.get("/api/v1/me").json().get("username").asString()).isEqualTo("bob");
        assertThat(bob.delete("/api/v1/tokens/" + issued.get("id").asLong()).status()).isEqualTo(204);
        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void tokens_are_stored_only_as_sha256_hashes() {
        var issued = anonymous.basic("bob", IntegrationTest.DEMO_PASSWORD).post("/api/v1/tokens", "{}").json();
        String token = issued.get("token").asString();

        String stored = jdbc.queryForObject("select token_hash from api_token where api_token_id = ?", String.class,
                issued.get("id").asLong());
        assertThat(stored).isEqualTo(ApiTokenService.sha256(token)).doesNotContain(token);
    }

    @Test
    void a_token_dies_when_its_account_is_disabled() {
        ApiClient carol = newAccount("carol-disabled", "REVIEWER");
        ApiClient script = anonymous.bearer(carol.post("/api/v1/tokens", "{}").json().get("token").asString());
        assertThat(script.get("/api/v1/me").status()).isEqualTo(200);

        assertThat(admin.post("/api/v1/admin/accounts/carol-disabled/disable", "").status()).isEqualTo(200);

        assertThat(script.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(carol.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void five_wrong_passwords_lock_the_username_even_for_the_right_password() {
        ApiClient dave = newAccount("dave-throttled", "REVIEWER");
        ApiClient wrong = anonymous.basic("dave-throttled", "not his password");
        for (int i = 0; i < 5; i++) {
            assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
        }

        var refused = dave.get("/api/v1/me");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("detail").asString()).contains("Try again in 15 minutes");
    }

    @Test
    void an_unknown_username_is_locked_with_the_same_message_so_nothing_is_revealed() {
        ApiClient ghost = anonymous.basic("nobody-by-this-name", "whatever-password");
        for (int i = 0; i < 5; i++) {
            ghost.get("/api/v1/me");
        }
        var known = newAccount("erik-known", "REVIEWER");
        ApiClient wrongForKnown = anonymous.basic("erik-known", "whatever-password");
        for (int i = 0; i < 5; i++) {
            wrongForKnown.get("/api/v1/me");
        }

        assertThat(ghost.get("/api/v1/me").body()).isEqualTo(known.get("/api/v1/me").body()
                .replace("erik-known", "nobody-by-this-name"));
    }

    @Test
    void an_admin_creates_an_account_that_can_then_sign_in() {
        ApiClient frank = newAccount("frank-editor", "EDITOR");

        assertThat(frank.get("/api/v1/me").json().get("roles").toString()).isEqualTo("[\"EDITOR\"]");
        assertThat(jdbc.queryForList("select action from account_history h join account a using (account_id)"
                + " where a.username = 'frank-editor'", String.class)).containsExactly("CREATED");
    }

    @Test
    void a_short_or_common_password_is_refused_with_a_reason() {
        var tooShort = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"gina\",\"role\":\"REVIEWER\",\"password\":\"short\"}");
        var common = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"gina\",\"role\":\"REVIEWER\",\"password\":\"password123\"}");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.json().get("detail").asString()).contains("at least 8 characters");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.json().get("detail").asString()).contains("too common");
        assertThat(jdbc.queryForObject("select count(*) from account where username = 'gina'", Long.class)).isZero();
    }

    @Test
    void a_password_of_any_script_and_up_to_128_characters_is_accepted() {
        String unicode = "Ελληνικά 日本語 пароль 🔐";
        var created = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"hana\",\"role\":\"REVIEWER\",\"password\":\"" + unicode + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(anonymous.basic("hana", unicode).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/admin/accounts", "{\"username\":\"ivan\",\"role\":\"REVIEWER\",\"password\":\""
                + "x".repeat(129) + "\"}").status()).isEqualTo(400);
    }

    @Test
    void a_taken_username_is_a_conflict() {
        var again = admin.post("/api/v1/admin/accounts",
                "{\"username\":\"Alice\",\"role\":\"REVIEWER\",\"password\":\"another long password\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asString()).contains("already exists");
    }

    @Test
    void a_reviewer_cannot_use_the_admin_api() {
        var list = anonymous.basic("alice", IntegrationTest.DEMO_PASSWORD).get("/api/v1/admin/accounts");

        assertThat(list.status()).isEqualTo(403);
    }

    @Test
    void a_user_changes_their_own_password_after_giving_the_current_one() {
        ApiClient jo = newAccount("jo-changes", "REVIEWER");

        assertThat(jo.put("/api/v1/me/password",
                "{\"currentPassword\":\"wrong\",\"newPassword\":\"a brand new secret\"}").status()).isEqualTo(400);
        assertThat(jo.put("/api/v1/me/password",
                "{\"currentPassword\":\"correct horse battery\",\"newPassword\":\"a brand new secret\"}").status())
                .isEqualTo(204);
        assertThat(anonymous.basic("jo-changes", "a brand new secret").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void an_admin_resets_a_forgotten_password() {
        newAccount("kim-forgot", "REVIEWER");

        assertThat(admin.put("/api/v1/admin/accounts/kim-forgot/password", "{\"password\":\"reset by the admin\"}")
                .status()).isEqualTo(204);
        assertThat(anonymous.basic("kim-forgot", "reset by the admin").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void passwords_are_hashed_with_argon2id_at_asvs_parameters() {
        String hash = jdbc.queryForObject("select password_hash from account where username = 'alice'", String.class);

        assertThat(hash).startsWith("{argon2id}$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void malformed_json_is_a_400_problem_not_a_500() {
        var broken = admin.post("/api/v1/admin/accounts", "{\"username\": ");

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.contentType()).startsWith("application/problem+json");
    }
}
