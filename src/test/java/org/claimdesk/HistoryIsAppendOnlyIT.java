package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database itself, not just the app, refuses to rewrite history or an imported text. Plain SQL. */
@IntegrationTest
class HistoryIsAppendOnlyIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.claimdesk.review.ReviewService reviews;

    @Autowired
    org.claimdesk.claim.ClaimService claims;

    @Autowired
    org.claimdesk.publish.PublicationService publications;

    /** A verdict, a decision and a publication by the system actor, so every history table has a row to attack. */
    @org.junit.jupiter.api.BeforeEach
    void reviewOneClaim() {
        org.claimdesk.security.SystemActor.run(() -> {
            Long claimId = claims.forArticle(1L).get(2).id();
            var input = new org.claimdesk.review.VerdictInput(org.claimdesk.review.VerdictType.NOT_CHECKABLE,
                    "A prediction.", java.util.List.of());
            if (claims.get(claimId).status() != org.claimdesk.claim.ClaimStatus.APPROVED) {
                reviews.submitVerdict(claimId, input);
                reviews.decide(claimId, input, null, null, null);
            }
            if (!publications.state(1L).published()) {
                publications.publish(1L);
            }
        });
    }

    @Test
    void every_history_table_refuses_update_and_delete() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where table_schema = 'public' and table_name like '%\\_history' and table_name <> 'flyway_schema_history' order by 1", String.class);
        assertThat(tables).contains("account_history", "claim_history", "verdict_history", "decision_history");

        for (String table : tables) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Long.class))
                    .as("the demo data writes history into " + table).isPositive();
            String column = jdbc.queryForObject("select column_name from information_schema.columns where table_name = ?"
                    + " and is_identity = 'NO' and column_default is null order by ordinal_position limit 1",
                    String.class, table);
            assertThatThrownBy(() -> jdbc.update("update " + table + " set " + column + " = " + column))
                    .rootCause().hasMessageContaining("history is append-only");
            assertThatThrownBy(() -> jdbc.update("delete from " + table))
                    .rootCause().hasMessageContaining("history is append-only");
        }
    }

    @Test
    void an_imported_articles_text_cannot_be_changed() {
        assertThatThrownBy(() -> jdbc.update("update article set body = body || ' (edited)'"))
                .rootCause().hasMessageContaining("never changed");
        assertThat(jdbc.update("update article set title = title")).isPositive();
    }
}
