package org.claimdesk.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.article.ArticleTexts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The CI version of the open-model load benchmark: the REST mix through Gatling at 20 arrivals a second and two
 * UI navigations a second on a schedule, for 5 seconds. Fails on any error and on any verdict or decision the API
 * accepted that PostgreSQL does not hold; never on latency (this machine is shared). Figures in
 * target/benchmarks/load-smoke.md.
 */
@IntegrationTest
class LoadSmokeIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_mix_at_a_fixed_rate_makes_no_errors_and_every_accepted_verdict_and_decision_is_stored() throws Exception {
        ApiClient admin = ApiClient.anonymous(port).withTokenOf(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        Fixture fixture = Fixture.create(port, admin, 3, 1, ArticleTexts.seed());
        Tally rest = new Tally();
        Tally ui = new Tally();
        try (LoadHarness screens = new LoadHarness(port, fixture, 2)) {
            Thread schedule = screens.start(2, Duration.ofSeconds(5), ui);
            OpenModelSimulation.run(new OpenModelSimulation.Step(fixture, Workload.MIX, 20, 5, rest));
            schedule.join();
        }

        var ids = Map.of("ids", fixture.allArticles());
        var sql = new NamedParameterJdbcTemplate(jdbc);
        long verdicts = sql.queryForObject("select count(*) from verdict_history where article_id in (:ids)", ids, Long.class);
        long decisions = sql.queryForObject("select count(*) from decision_history where article_id in (:ids)", ids,
                Long.class);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "load-smoke.md"), rest.summary("mix (REST)", 20, 5).row("")
                + "\n" + ui.summary("UI navigation", 2, 5).row("") + "\nverdicts accepted " + rest.verdictsAccepted()
                + ", stored " + verdicts + "; decisions accepted " + rest.decisionsAccepted() + ", stored " + decisions + "\n");
        assertThat(rest.errorSamples()).isEmpty();
        assertThat(ui.errorSamples()).isEmpty();
        assertThat(rest.summary("mix", 20, 5).requests()).isGreaterThan(60);
        assertThat(ui.summary("ui", 2, 5).requests()).isEqualTo(10);
        assertThat(rest.verdictsAccepted()).isPositive();
        assertThat(verdicts).isEqualTo(rest.verdictsAccepted());
        assertThat(decisions).isEqualTo(rest.decisionsAccepted());
    }
}
