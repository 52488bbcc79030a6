package org.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.base.EmbeddedCredentials;
import org.claimdesk.base.StartupLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Two ClaimDesk instances started together on one empty database, configured as in production (a server URL, the
 * application role, Flyway as the owner): both come up, and the demo article and every account exist once.
 * The test holds the start-up lock until both instances wait for it, so their start-up work really does collide.
 */
@IntegrationTest
class TwoInstancesOnOneDatabaseIT {

    static final String DATABASE = "claimdesk_twins";

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedCredentials credentials;

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** The README's production recipe, as a superuser (the two roles exist already in the shared cluster). */
    void freshDatabase() throws Exception {
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, "postgres").getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("drop database if exists " + DATABASE + " with (force)");
            sql.execute("create database " + DATABASE + " owner " + EmbeddedCredentials.OWNER);
            sql.execute("revoke all on database " + DATABASE + " from public");
            sql.execute("grant connect on database " + DATABASE + " to " + EmbeddedCredentials.OWNER + ", "
                    + EmbeddedCredentials.APP);
        }
        try (Connection superuser = postgres.getDatabase(EmbeddedCredentials.SUPERUSER, DATABASE).getConnection();
             Statement sql = superuser.createStatement()) {
            sql.execute("alter schema public owner to " + EmbeddedCredentials.OWNER);
            sql.execute("revoke all on schema public from public");
        }
    }

    AppProcess instance(String name) throws java.io.IOException {
        return AppProcess.start(name, List.of("--spring.datasource.url=" + url(),
                "--spring.datasource.username=" + EmbeddedCredentials.APP,
                "--spring.datasource.password=" + credentials.appPassword(),
                "--spring.flyway.user=" + EmbeddedCredentials.OWNER,
                "--spring.flyway.password=" + credentials.ownerPassword(),
                "--claimdesk.demo=true", "--claimdesk.demo-password=" + IntegrationTest.DEMO_PASSWORD,
                "--claimdesk.admin-username=" + IntegrationTest.ADMIN,
                "--claimdesk.admin-password=" + IntegrationTest.ADMIN_PASSWORD));
    }

    @Test
    void two_instances_starting_together_on_an_empty_database_create_the_demo_article_and_each_account_once()
            throws Exception {
        freshDatabase();
        try (var holder = new SingleConnectionDataSource(url(), EmbeddedCredentials.APP, credentials.appPassword(), true);
             AppProcess first = instance("twin-1"); AppProcess second = instance("twin-2")) {
            JdbcTemplate sql = new JdbcTemplate(holder);
            sql.execute("select pg_advisory_lock(" + StartupLock.KEY + ")");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (waitingForTheStartupLock(sql) < 2 && Instant.now().isBefore(deadline)
                    && first.starting() && second.starting()) {
                Thread.sleep(200);
            }
            assertThat(waitingForTheStartupLock(sql)).as("both instances wait for the start-up lock:%n%s%n%s",
                    first.tail(), second.tail()).isEqualTo(2);
            sql.execute("select pg_advisory_unlock(" + StartupLock.KEY + ")");

            first.awaitReady(Duration.ofMinutes(2));
            second.awaitReady(Duration.ofMinutes(2));
            assertThat(sql.queryForObject("select count(*) from article where import_method = 'DEMO'", Long.class)).isOne();
            assertThat(sql.queryForList("select username from account order by username", String.class))
                    .containsExactly("alice", "bob", "erin", IntegrationTest.ADMIN);
            assertThat(sql.queryForObject("select count(*) from account_history where action = 'CREATED'", Long.class))
                    .isEqualTo(4);
        }
    }

    static long waitingForTheStartupLock(JdbcTemplate sql) {
        return sql.queryForObject("select count(*) from pg_locks where locktype = 'advisory' and not granted"
                + " and database = (select oid from pg_database where datname = current_database())", Long.class);
    }
}
