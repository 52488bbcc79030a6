package org.claimdesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The CI version of the load run: 10 reviewers for a minute on the real HTTP API. Fails on any error or any
 * verdict the API accepted that the database does not hold. Figures in target/benchmarks/load-smoke.txt.
 */
@IntegrationTest
class LoadSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void ten_reviewers_for_a_minute_make_no_errors_and_lose_no_verdict() throws Exception {
        ApiClient anonymous = ApiClient.anonymous(port);
        ApiClient admin = anonymous.withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        var settings = new LoadHarness.Settings(10, Duration.ofSeconds(60), Duration.ofMillis(200));

        var result = new LoadHarness(port, anonymous, admin).run(settings, org.claimdesk.article.ArticleTexts.seed(),
                ids -> new NamedParameterJdbcTemplate(jdbc).queryForObject(
                        "select count(*) from verdict_history where article_id in (:ids)",
                        java.util.Map.of("ids", ids), Long.class));

        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "load-smoke.txt"), result.table());
        assertThat(result.errorSamples()).isEmpty();
        assertThat(result.errors()).isZero();
        assertThat(result.verdictsAccepted()).isPositive();
        assertThat(result.lostVerdicts()).isZero();
    }
}
