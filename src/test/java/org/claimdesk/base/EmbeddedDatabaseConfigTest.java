package org.claimdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseConfigTest {

    @TempDir
    Path dataDir;

    @Test
    void the_embedded_database_keeps_its_data_across_restarts() throws Exception {
        var config = new EmbeddedDatabaseConfig();
        var properties = new ClaimDeskProperties(dataDir.toString(), false, null, null, null, null, null);

        try (EmbeddedPostgres first = config.embeddedPostgres(properties, false);
             HikariDataSource ds = (HikariDataSource) config.dataSource(first)) {
            new JdbcTemplate(ds).execute("create table note (text varchar(50)); insert into note values ('kept')");
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

        try (EmbeddedPostgres second = config.embeddedPostgres(properties, false);
             HikariDataSource ds = (HikariDataSource) config.dataSource(second)) {
            assertThat(new JdbcTemplate(ds).queryForObject("select text from note", String.class)).isEqualTo("kept");
        }
    }

    @Test
    void a_throwaway_database_starts_empty_each_time() throws Exception {
        var config = new EmbeddedDatabaseConfig();
        var properties = new ClaimDeskProperties(dataDir.toString(), false, null, null, null, null, null);

        try (EmbeddedPostgres pg = config.embeddedPostgres(properties, true)) {
            DataSource ds = pg.getPostgresDatabase();
            assertThat(new JdbcTemplate(ds).queryForObject(
                    "select count(*) from information_schema.tables where table_schema = 'public'", Long.class)).isZero();
        }
        assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isFalse();
    }
}
