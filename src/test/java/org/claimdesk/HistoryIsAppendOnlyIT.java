package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.base.EmbeddedCredentials;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The database itself, not just the app, refuses to rewrite history or an imported text. Plain SQL, as an attacker
 * holding the application's own connection would write it: the app's {@link JdbcTemplate} logs in as the
 * application role, like every request. Then as the owner role, which only the triggers stop.
 */
@IntegrationTest
class HistoryIsAppendOnlyIT {

    @Autowired
    JdbcTemplate app;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedCredentials credentials;

    @Autowired
    ReviewService reviews;

    @Autowired
    ClaimService claims;

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + EmbeddedCredentials.DATABASE;
    }

    @Autowired
    ArticleService articles;

    @Autowired
    org.claimdesk.publish.PublicationService publications;

    @Autowired
    org.claimdesk.review.CommentService comments;

    @Autowired
    org.claimdesk.review.LanguageChangeService languages;

    /** A language change, a comment, a verdict, a decision and a publication by the system actor, so every history table has a row to attack. */
    @BeforeEach
    void reviewOneClaim() {
        SystemActor.run(() -> {
            Long article = articles.importArticle(ArticleDraft.of("History attack",
                    "Rates will rise next year. Prices fell."), ImportMethod.PASTE).id();
            languages.change(article, "es");
            Long claimId = claims.forArticle(article).getFirst().id();
            comments.post(claimId, "A forecast, not a fact.");
            var input = new VerdictInput(VerdictType.NOT_CHECKABLE, "A prediction.", List.of());
            if (claims.get(claimId).status() != ClaimStatus.APPROVED) {
                reviews.submitVerdict(claimId, input);
                reviews.decide(claimId, input, null, null, null);
            }
            publications.publish(article);
        });
    }

    List<String> historyTables() {
        List<String> tables = app.queryForList("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename like '%\\_history' and tablename <> 'flyway_schema_history' order by 1", String.class);
        assertThat(tables).contains("account_history", "claim_history", "verdict_history", "decision_history");
        return tables;
    }

    void refused(String sql, String reason) {
        assertThatThrownBy(() -> app.execute(sql)).as(sql).rootCause().hasMessageContaining(reason);
    }

    @Test
    void the_application_connects_as_a_role_that_is_no_superuser_and_owns_nothing() {
        assertThat(app.queryForObject("select current_user", String.class)).isEqualTo(EmbeddedCredentials.APP);
        assertThat(app.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls or rolreplication"
                + " from pg_roles where rolname = current_user", Boolean.class)).isFalse();
        assertThat(app.queryForObject("select count(*) from pg_class where relowner = current_user::regrole", Long.class))
                .isZero();
    }

    @Test
    void the_application_role_can_neither_update_delete_nor_truncate_any_history() {
        for (String table : historyTables()) {
            assertThat(app.queryForObject("select count(*) from " + table, Long.class))
                    .as("the demo data writes history into " + table).isPositive();
            String column = firstColumn(table);
            refused("update " + table + " set " + column + " = " + column, "permission denied for table " + table);
            refused("delete from " + table, "permission denied for table " + table);
            refused("truncate " + table + " cascade", "permission denied for table " + table);
        }
    }

    @Test
    void the_application_role_can_neither_disable_drop_nor_replace_the_triggers_that_guard_history() {
        refused("alter table verdict_history disable trigger trg_verdict_history_append_only", "must be owner of table");
        refused("alter table verdict_history disable trigger all", "must be owner of table");
        refused("drop trigger trg_verdict_history_append_only on verdict_history", "must be owner of relation");
        refused("create or replace function refuse_history_change() returns trigger language plpgsql "
                + "as $$ begin return new; end $$", "permission denied for schema public");
        refused("drop function refuse_history_change() cascade", "must be owner of function");
        refused("set session_replication_role = replica", "permission denied to set parameter");
    }

    @Test
    void the_application_role_cannot_change_an_imported_text_or_any_column_that_never_changes() {
        refused("update article set body = body || ' (edited)'", "permission denied for table article");
        refused("update article set title = 'Rewritten'", "permission denied for table article");
        refused("update account set role = 'ADMIN'", "permission denied for table account");
        refused("update account set username = 'mallory' where username = 'bob'", "permission denied for table account");
        refused("update api_token set token_hash = token_hash", "permission denied for table api_token");
        refused("update claim set article_id = article_id", "permission denied for table claim");
        refused("update verdict_draft set reviewer = 'bob'", "permission denied for table verdict_draft");
        refused("delete from claim", "permission denied for table claim");
        refused("delete from account", "permission denied for table account");
    }

    @Test
    void the_application_role_can_create_nothing_and_cannot_become_someone_else() {
        refused("create table loot (x int)", "permission denied for schema public");
        refused("create temporary table loot (x int)", "permission denied to create temporary tables");
        refused("create schema loot", "permission denied for database");
        refused("create function public.f() returns int language sql as 'select 1'", "permission denied for schema public");
        refused("set role " + EmbeddedCredentials.OWNER, "permission denied to set role");
        refused("alter role " + EmbeddedCredentials.APP + " superuser", "must be superuser");
        refused("grant " + EmbeddedCredentials.OWNER + " to " + EmbeddedCredentials.APP, "must have admin option on role");
        refused("select * from flyway_schema_history", "permission denied for table flyway_schema_history");
    }

    /** The guard for tables added later: each must have its line in R__app_role_grants.sql, and no more. */
    @Test
    void every_table_is_granted_to_the_application_role_without_truncate_or_triggers_and_history_without_update() {
        List<String> tables = app.queryForList("select tablename from pg_tables where schemaname = 'public' "
                + "and tablename <> 'flyway_schema_history'", String.class);
        String role = EmbeddedCredentials.APP;
        for (String table : tables) {
            assertThat(app.queryForObject("select has_table_privilege(?, ?, 'select')", Boolean.class, role, table))
                    .as(table + " is listed in R__app_role_grants.sql").isTrue();
            assertThat(app.queryForObject("select has_table_privilege(?, ?, 'truncate, references, trigger')",
                    Boolean.class, role, table)).as(table).isFalse();
        }
        for (String table : historyTables()) {
            assertThat(app.queryForObject("select has_any_column_privilege(?, ?, 'update') or has_table_privilege(?, ?, 'delete')",
                    Boolean.class, role, table, role, table)).as(table).isFalse();
        }
    }

    @Test
    void even_the_owner_role_is_refused_updates_deletes_and_truncates_of_history_by_the_triggers() throws SQLException {
        try (var owner = new SingleConnectionDataSource(url(), EmbeddedCredentials.OWNER, credentials.ownerPassword(), true)) {
            JdbcTemplate sql = new JdbcTemplate(owner);
            for (String table : historyTables()) {
                long rows = sql.queryForObject("select count(*) from " + table, Long.class);
                String column = firstColumn(table);
                for (String attack : List.of("update " + table + " set " + column + " = " + column,
                        "delete from " + table, "truncate " + table + " cascade")) {
                    assertThatThrownBy(() -> sql.execute(attack)).as(attack).rootCause()
                            .hasMessageContaining("history is append-only");
                }
                assertThat(sql.queryForObject("select count(*) from " + table, Long.class)).isEqualTo(rows);
            }
            assertThatThrownBy(() -> sql.execute("update article set body = body || ' (edited)'"))
                    .rootCause().hasMessageContaining("never changed");
            assertThatThrownBy(() -> sql.execute("update article set title = 'Rewritten'"))
                    .rootCause().hasMessageContaining("never changed except its language");
        }
    }

    @Test
    void on_the_embedded_default_a_connection_without_a_password_is_refused() {
        for (String role : List.of(EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.OWNER, EmbeddedCredentials.APP)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url() + "?user=" + role).close())
                    .as(role).isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
    }

    private String firstColumn(String table) {
        return app.queryForObject("select column_name from information_schema.columns where table_name = ?"
                + " and is_identity = 'NO' and column_default is null order by ordinal_position limit 1",
                String.class, table);
    }
}
