package org.claimdesk.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.base.DatabaseUnavailable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * PostgreSQL goes away in the middle of a review (it refuses every connection and drops the open ones), then
 * comes back. The reviewer is told plainly, keeps what they typed, nothing half-written is stored, and the
 * app carries on without a restart.
 */
@IntegrationTest
class DatabaseOutageIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void databaseBack() throws SQLException {
        outage(false);
        KaribuUi.stop();
    }

    /** As the superuser, from another database: refuse or allow connections to the app's one. */
    void outage(boolean down) throws SQLException {
        try (Connection admin = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "template1"));
             Statement sql = admin.createStatement()) {
            sql.execute("alter database postgres allow_connections " + !down);
            if (down) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'postgres'"
                        + " and pid <> pg_backend_pid()");
            }
        }
    }

    private JsonNode freshArticle(ApiClient erin) {
        return erin.post("/api/v1/articles", "{\"title\":\"Outage\",\"text\":\"Unemployment fell to 3.9% in March.\"}").json();
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_verdict_submitted_while_postgres_is_down_fails_clearly_keeps_the_input_and_lands_once_it_is_back()
            throws SQLException {
        JsonNode article = freshArticle(ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD));
        long claim = article.get("claims").get(0).get("id").asLong();
        KaribuUi.start(context);
        KaribuUi.signIn(context, "alice", IntegrationTest.DEMO_PASSWORD);
        UI.getCurrent().navigate("articles/" + article.get("id").asLong(), QueryParameters.of("claim", String.valueOf(claim)));
        ((RadioButtonGroup<VerdictType>) _get(RadioButtonGroup.class, spec -> spec.withId("verdict"))).setValue(VerdictType.DISPUTED);
        _get(TextArea.class, spec -> spec.withId("rationale")).setValue("The March figure was 4.1%.");
        _click(_get(Button.class, spec -> spec.withId("add-source")));
        _get(TextField.class, spec -> spec.withId("source-url-1")).setValue("https://stats.example.org/march");
        ((Select<Stance>) _get(Select.class, spec -> spec.withId("source-stance-1"))).setValue(Stance.REFUTES);

        outage(true);
        _click(_get(Button.class, spec -> spec.withId("submit-verdict")));

        assertThat(NotificationsKt.getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains(DatabaseUnavailable.MESSAGE);
        assertThat(_get(TextArea.class, spec -> spec.withId("rationale")).getValue()).isEqualTo("The March figure was 4.1%.");

        outage(false);
        assertThat(jdbc.queryForObject("select count(*) from verdict_history where claim_id = ?", Long.class, claim)).isZero();
        assertThat(jdbc.queryForObject("select status from claim where claim_id = ?", String.class, claim)).isEqualTo("OPEN");
        _click(_get(Button.class, spec -> spec.withId("submit-verdict")));

        assertThat(jdbc.queryForObject("select count(*) from verdict_history where claim_id = ?", Long.class, claim)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select status from claim where claim_id = ?", String.class, claim)).isEqualTo("IN_REVIEW");
    }

    @Test
    void the_api_answers_503_while_postgres_is_down_and_works_again_without_a_restart() throws SQLException {
        ApiClient alice = ApiClient.anonymous(port).withTokenOf("alice", IntegrationTest.DEMO_PASSWORD);
        long claim = freshArticle(ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD))
                .get("claims").get(0).get("id").asLong();
        String verdict = "{\"verdict\":\"not_checkable\",\"rationale\":\"A forecast.\"}";

        outage(true);
        var refused = alice.post("/api/v1/claims/" + claim + "/verdicts", verdict);
        outage(false);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.json().get("detail").asString()).contains("database cannot be reached");
        assertThat(alice.post("/api/v1/claims/" + claim + "/verdicts", verdict).status()).isEqualTo(201);
    }
}
