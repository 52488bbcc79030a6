package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A ./data directory made by ClaimDesk before least privilege (zonky's defaults: trust for every local connection,
 * the superuser without a password, the schema at V003 owned by that superuser) is upgraded in place on the first
 * start of this version, and loses nothing.
 */
class EmbeddedUpgradeTest {

    @TempDir
    Path dataDir;

    @TempDir
    Path oldMigrations;

    static final String BODY = "Unemployment fell to 3.9% in March. The minister said so.";

    /** What the earlier version did: zonky with no set-up, Flyway V001-V003 as postgres, then a day of work. */
    void earlierClaimDeskWasUsedOn(Path dir) throws Exception {
        for (String name : new String[] {"V001__accounts_and_tokens.sql", "V002__articles_and_claims.sql", "V003__review.sql"}) {
            try (var in = getClass().getResourceAsStream("/db/migration/" + name)) {
                Files.copy(in, oldMigrations.resolve(name));
            }
        }
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase()).locations("filesystem:" + oldMigrations).load().migrate();
            JdbcTemplate sql = new JdbcTemplate(old.getPostgresDatabase());
            sql.update("insert into account (username, display_name, password_hash, role, created_at) "
                    + "values ('alice', 'Alice', '{noop}x', 'REVIEWER', now())");
            sql.update("insert into account_history (account_id, action, actor, occurred_at) values (1, 'CREATED', 'system', now())");
            sql.update("insert into article (title, body, import_method, imported_by, imported_at) "
                    + "values ('Jobs', ?, 'PASTE', 'erin', now())", BODY);
            sql.update("insert into claim (article_id, start_offset, end_offset, checkworthiness, checkworthiness_reason, "
                    + "text_changed_at) values (1, 0, 35, 'FACTUAL', 'A figure', now())");
            sql.update("insert into verdict_history (claim_id, article_id, reviewer, revision, verdict, rationale, sources, "
                    + "created_at) select claim_id, 1, 'alice', 1, 'DISPUTED', 'It was 4.1%.', '[]', now() from claim");
        }
        assertThat(Files.readString(dir.resolve("pg_hba.conf"))).contains("trust");
        assertThat(Files.exists(dir.resolve(EmbeddedCredentials.FILE_NAME))).isFalse();
    }

    static void migrateAsTheNewVersionDoes(EmbeddedCluster cluster) {
        Flyway.configure().dataSource(cluster.dataSource(EmbeddedCredentials.OWNER)).locations("classpath:db/migration")
                .placeholders(Map.of("app_role", EmbeddedCredentials.APP)).load().migrate();
    }

    @Test
    void a_data_directory_from_an_earlier_version_is_upgraded_in_place_and_keeps_everything() throws Exception {
        earlierClaimDeskWasUsedOn(dataDir);

        try (EmbeddedCluster cluster = EmbeddedCluster.start(dataDir, false)) {
            migrateAsTheNewVersionDoes(cluster);
            JdbcTemplate app = new JdbcTemplate(cluster.dataSource(EmbeddedCredentials.APP));

            assertThat(app.queryForObject("select body from article where title = 'Jobs'", String.class)).isEqualTo(BODY);
            assertThat(app.queryForObject("select username from account", String.class)).isEqualTo("alice");
            assertThat(app.queryForObject("select rationale from verdict_history", String.class)).isEqualTo("It was 4.1%.");
            assertThat(app.queryForObject("select count(*) from account_history", Long.class)).isOne();

            JdbcTemplate superuser = new JdbcTemplate(cluster.dataSource(EmbeddedCredentials.SUPERUSER));
            assertThat(superuser.queryForList("select c.relname from pg_class c where c.relnamespace = 'public'::regnamespace"
                    + " and c.relowner <> 'claimdesk_owner'::regrole", String.class)).as("objects not moved to the owner").isEmpty();
            // functions of a trusted extension (pg_trgm) belong to the bootstrap superuser by PostgreSQL's rule
            assertThat(superuser.queryForList("select proname from pg_proc p where pronamespace = 'public'::regnamespace"
                    + " and proowner <> 'claimdesk_owner'::regrole and not exists (select 1 from pg_depend d"
                    + " where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')", String.class))
                    .isEmpty();
            assertThat(superuser.queryForList("select version from flyway_schema_history where success order by installed_rank",
                    String.class)).as("V001-V003 kept, the new ones added, the grants (repeatable, no version) applied")
                    .startsWith("001", "002", "003").contains("010").containsNull();

            app.update("insert into verdict_history (claim_id, article_id, reviewer, revision, verdict, rationale, sources, "
                    + "created_at) select claim_id, 1, 'alice', 2, 'MISLEADING', 'Revised.', '[]', now() from claim");
            assertThatThrownBy(() -> app.update("update verdict_history set rationale = 'forged'"))
                    .rootCause().hasMessageContaining("permission denied");
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl() + "?user=postgres").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
        assertThat(EmbeddedCluster.hbaIsOurs(dataDir)).isTrue();

        try (EmbeddedCluster again = EmbeddedCluster.start(dataDir, false)) {
            migrateAsTheNewVersionDoes(again);
            assertThat(new JdbcTemplate(again.dataSource(EmbeddedCredentials.APP))
                    .queryForObject("select count(*) from verdict_history", Long.class)).isEqualTo(2);
        }
    }
}
