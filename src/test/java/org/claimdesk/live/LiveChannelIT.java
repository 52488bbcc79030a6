package org.claimdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** What the live channel carries, heard on a connection of the application role, as another instance hears it. */
@IntegrationTest
class LiveChannelIT {

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    ChangeListener listener;

    ApiClient as(String user) {
        return ApiClient.anonymous(port).withTokenOf(user, IntegrationTest.DEMO_PASSWORD);
    }

    long[] newClaim() {
        JsonNode created = as("erin").post("/api/v1/articles",
                "{\"title\":\"Channel\",\"text\":\"Prices rose 5% last year. Wages fell.\"}").json();
        return new long[] {created.get("id").asLong(), created.get("claims").get(0).get("id").asLong()};
    }

    static List<ArticleChange> heard(PGConnection connection) throws Exception {
        List<ArticleChange> heard = new ArrayList<>();
        PGNotification[] got = connection.getNotifications(1000);
        while (got != null && got.length > 0) {
            for (PGNotification n : got) {
                assertThat(n.getName()).isEqualTo(ArticleChange.CHANNEL);
                heard.add(ArticleChange.fromJson(n.getParameter()));
            }
            got = connection.getNotifications(300);
        }
        return heard;
    }

    @Test
    void a_verdict_announces_its_article_claim_and_reviewer_but_not_what_it_says() throws Exception {
        long[] claim = newClaim();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("listen " + ArticleChange.CHANNEL);
            PGConnection pg = connection.unwrap(PGConnection.class);
            heard(pg);
            ApiClient.Response answer = as("bob").post("/api/v1/claims/" + claim[1] + "/verdicts",
                    "{\"verdict\":\"disputed\",\"rationale\":\"Secret reasons.\",\"sources\":[{\"url\":"
                            + "\"https://stats.example.org/cpi\",\"title\":\"CPI release\",\"quote\":"
                            + "\"Prices rose 2.9%.\",\"stance\":\"refutes\"}]}");
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            List<ArticleChange> heard = new ArrayList<>();
            for (PGNotification n : pg.getNotifications(5000)) {
                assertThat(n.getParameter()).doesNotContain("Secret").doesNotContain("isputed").doesNotContain("ISPUTED").doesNotContain("cpi");
                heard.add(ArticleChange.fromJson(n.getParameter()));
            }
            heard.addAll(heard(pg));
            assertThat(heard).contains(new ArticleChange(claim[0], claim[1], ChangeKind.VERDICT_SUBMITTED, "bob", null));
            assertThat(heard).noneMatch(c -> c.kind() == ChangeKind.CLAIM_EDITED);
        }
    }

    @Test
    void a_refused_change_announces_nothing_a_claim_edit_announces_its_action_and_a_decision_its_editor() throws Exception {
        long[] claim = newClaim();
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("listen " + ArticleChange.CHANNEL);
            PGConnection pg = connection.unwrap(PGConnection.class);
            heard(pg);
            assertThat(as("bob").post("/api/v1/claims/" + claim[1] + "/verdicts",
                    "{\"verdict\":\"maybe\",\"rationale\":\"x\",\"sources\":[]}").status()).isEqualTo(400);
            assertThat(heard(pg)).noneMatch(c -> claim[1] == c.claimId());

            assertThat(as("alice").put("/api/v1/claims/" + claim[1] + "/speaker", "{\"speaker\":\"The minister\"}")
                    .status()).isBetween(200, 204);
            assertThat(heard(pg)).contains(
                    new ArticleChange(claim[0], claim[1], ChangeKind.CLAIM_EDITED, "alice", "SPEAKER_SET"));

            ApiClient.Response decided = as("erin").post("/api/v1/claims/" + claim[1] + "/decision",
                    "{\"verdict\":\"supported\",\"rationale\":\"The record says so.\",\"sources\":[{\"url\":"
                            + "\"https://stats.example.org/cpi\",\"title\":\"CPI release\",\"quote\":"
                            + "\"Prices rose 2.9%.\",\"stance\":\"supports\"}]}");
            assertThat(decided.status()).as(decided.toString()).isBetween(200, 201);
            assertThat(heard(pg)).contains(new ArticleChange(claim[0], claim[1], ChangeKind.DECIDED, "erin", null));
        }
    }

    @Test
    void every_instance_listens_on_a_connection_of_its_own() {
        assertThat(listener.listening()).isTrue();
    }
}
