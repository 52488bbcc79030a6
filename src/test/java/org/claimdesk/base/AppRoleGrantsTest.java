package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grants migration (R__app_role_grants.sql) on server set-ups other than the embedded default, each on a
 * fresh database of one throw-away cluster: one role for everything, a missing role, a renamed role.
 */
class AppRoleGrantsTest {

    static EmbeddedCluster cluster;
    static int databases;

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = EmbeddedCluster.start(Files.createTempDirectory("claimdesk-grants-"), true);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        cluster.close();
    }

    /** A new database owned by the owner role, as the README's production recipe makes one. */
    static String freshDatabase() {
        String name = "grants_" + ++databases;
        JdbcTemplate superuser = new JdbcTemplate(cluster.dataSource(EmbeddedCredentials.SUPERUSER));
        superuser.execute("create database " + name + " owner " + EmbeddedCredentials.OWNER);
        return name;
    }

    static DataSource as(String database, String role, String password) {
        PGSimpleDataSource ds = (PGSimpleDataSource) cluster.dataSource(EmbeddedCredentials.SUPERUSER);
        ds.setDatabaseName(database);
        ds.setUser(role);
        ds.setPassword(password);
        return ds;
    }

    static void migrate(String database, String appRole) {
        Flyway.configure().dataSource(as(database, EmbeddedCredentials.OWNER, cluster.credentials().ownerPassword()))
                .locations("classpath:db/migration").placeholders(Map.of("app_role", appRole)).load().migrate();
    }

    @Test
    void with_one_role_for_migrations_and_the_app_the_migrations_run_and_the_role_keeps_its_rights_but_is_warned_of()
            throws Exception {
        String db = freshDatabase();
        migrate(db, EmbeddedCredentials.OWNER);

        JdbcTemplate owner = new JdbcTemplate(as(db, EmbeddedCredentials.OWNER, cluster.credentials().ownerPassword()));
        owner.update("insert into account (username, display_name, password_hash, role, created_at) "
                + "values ('solo', 'Solo', 'x', 'ADMIN', now())");
        assertThat(owner.update("update account set display_name = 'Solo Admin'")).isOne();
        assertThat(new DatabaseRoleCheck(owner).standing().leastPrivileged()).isFalse();
    }

    @Test
    void the_migration_stops_with_a_clear_message_when_the_application_role_does_not_exist() {
        String db = freshDatabase();
        assertThatThrownBy(() -> migrate(db, "claimdesk_missing")).isInstanceOf(FlywayException.class)
                .hasMessageContaining("The application role \"claimdesk_missing\" does not exist");
    }

    @Test
    void the_grants_are_applied_again_to_a_renamed_application_role() {
        String db = freshDatabase();
        migrate(db, EmbeddedCredentials.APP);
        JdbcTemplate superuser = new JdbcTemplate(as(db, EmbeddedCredentials.SUPERUSER, cluster.credentials().superuserPassword()));
        superuser.execute("create role claimdesk_web login password 'web-password-for-the-test'");
        superuser.execute("grant connect on database " + db + " to claimdesk_web");

        migrate(db, "claimdesk_web");

        JdbcTemplate web = new JdbcTemplate(as(db, "claimdesk_web", "web-password-for-the-test"));
        assertThat(web.queryForObject("select count(*) from verdict_history", Long.class)).isZero();
        assertThatThrownBy(() -> web.update("delete from verdict_history")).rootCause().hasMessageContaining("permission denied");
        assertThat(new DatabaseRoleCheck(web).standing().leastPrivileged()).isTrue();
    }
}
