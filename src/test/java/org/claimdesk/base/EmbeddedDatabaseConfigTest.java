package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded default: data kept across restarts, three roles with random passwords, a password for everyone. */
class EmbeddedDatabaseConfigTest {

    @TempDir
    Path dataDir;

    final EmbeddedDatabaseConfig config = new EmbeddedDatabaseConfig();

    EmbeddedCluster start() throws Exception {
        return config.embeddedCluster(new ClaimDeskProperties(dataDir.toString(), false, null, null, null, null, null),
                false);
    }

    static JdbcTemplate as(EmbeddedCluster cluster, String role) {
        return new JdbcTemplate(cluster.dataSource(role));
    }

    @Test
    void the_embedded_database_keeps_its_data_and_its_passwords_across_restarts() throws Exception {
        EmbeddedCredentials first;
        try (EmbeddedCluster cluster = start()) {
            first = cluster.credentials();
            as(cluster, EmbeddedCredentials.OWNER).execute("create table note (text varchar(50)); insert into note values ('kept')");
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedCluster cluster = start()) {
            assertThat(cluster.credentials()).isEqualTo(first);
            assertThat(as(cluster, EmbeddedCredentials.OWNER).queryForObject("select text from note", String.class))
                    .isEqualTo("kept");
            JdbcTemplate superuser = as(cluster, EmbeddedCredentials.SUPERUSER);
            assertThat(superuser.queryForObject("show fsync", String.class)).as("kept data is flushed to disk").isEqualTo("on");
            assertThat(superuser.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        }
    }

    @Test
    void the_three_passwords_are_random_and_kept_in_a_file_only_its_owner_can_read() throws Exception {
        try (EmbeddedCluster cluster = start()) {
            Path file = dataDir.resolve(EmbeddedCredentials.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Properties stored = new Properties();
            try (var in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
            EmbeddedCredentials c = cluster.credentials();
            assertThat(stored.getProperty("superuser.password")).isEqualTo(c.superuserPassword()).hasSizeGreaterThan(30);
            assertThat(stored.getProperty("owner.password")).isEqualTo(c.ownerPassword()).hasSizeGreaterThan(30);
            assertThat(stored.getProperty("app.password")).isEqualTo(c.appPassword()).hasSizeGreaterThan(30);
            assertThat(c.superuserPassword()).isNotIn(c.ownerPassword(), c.appPassword());
            assertThat(c.ownerPassword()).isNotEqualTo(c.appPassword());
            assertThat(c.toString()).doesNotContain(c.appPassword());
        }
    }

    @Test
    void every_connection_needs_the_right_password_even_the_superusers() throws Exception {
        try (EmbeddedCluster cluster = start()) {
            String url = cluster.jdbcUrl();
            for (String role : new String[] {EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.OWNER, EmbeddedCredentials.APP}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + role).close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password");
                assertThatThrownBy(() -> DriverManager.getConnection(url, role, "guessed-password").close())
                        .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
                assertThatThrownBy(() -> DriverManager.getConnection(url.replace("/postgres", "/template1"), role, "").close())
                        .isInstanceOf(SQLException.class);
            }
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf")).lines().filter(l -> !l.startsWith("#")))
                    .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"))
                    .noneMatch(line -> line.contains("trust"));
            assertThat(as(cluster, EmbeddedCredentials.SUPERUSER).queryForList(
                    "select rolname from pg_authid where rolcanlogin and rolpassword not like 'SCRAM-SHA-256$%'", String.class))
                    .as("every login role has a SCRAM password").isEmpty();
        }
    }

    @Test
    void the_application_role_is_no_superuser_and_owns_nothing_while_the_owner_owns_the_schema() throws Exception {
        try (EmbeddedCluster cluster = start()) {
            JdbcTemplate app = as(cluster, EmbeddedCredentials.APP);
            assertThat(app.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls "
                    + "from pg_roles where rolname = current_user", Boolean.class)).isFalse();
            assertThat(app.queryForObject("select count(*) from pg_class where relowner = 'claimdesk_app'::regrole", Long.class))
                    .isZero();
            assertThat(app.queryForObject("select nspowner::regrole::text from pg_namespace where nspname = 'public'",
                    String.class)).isEqualTo(EmbeddedCredentials.OWNER);
            assertThatThrownBy(() -> app.execute("create temporary table scratch (x int)"))
                    .rootCause().hasMessageContaining("permission denied to create temporary tables");
        }
    }

    @Test
    void deleting_the_credentials_file_gives_new_passwords_on_the_next_start() throws Exception {
        EmbeddedCredentials old;
        try (EmbeddedCluster cluster = start()) {
            old = cluster.credentials();
        }
        Files.delete(dataDir.resolve(EmbeddedCredentials.FILE_NAME));

        try (EmbeddedCluster cluster = start()) {
            assertThat(cluster.credentials().appPassword()).isNotEqualTo(old.appPassword());
            assertThat(as(cluster, EmbeddedCredentials.APP).queryForObject("select current_user", String.class))
                    .isEqualTo(EmbeddedCredentials.APP);
            assertThatThrownBy(() -> DriverManager.getConnection(cluster.jdbcUrl(), EmbeddedCredentials.SUPERUSER,
                    old.superuserPassword()).close()).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void a_throwaway_database_starts_empty_each_time_and_is_deleted_on_close() throws Exception {
        Path dir;
        try (EmbeddedCluster cluster = config.embeddedCluster(
                new ClaimDeskProperties(dataDir.toString(), false, null, null, null, null, null), true)) {
            dir = Path.of(as(cluster, EmbeddedCredentials.SUPERUSER).queryForObject("show data_directory", String.class));
            assertThat(as(cluster, EmbeddedCredentials.OWNER).queryForObject(
                    "select count(*) from information_schema.tables where table_schema = 'public'", Long.class)).isZero();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isFalse();
        assertThat(Files.exists(dir)).isFalse();
    }
}
