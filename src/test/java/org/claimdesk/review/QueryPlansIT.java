package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.claimdesk.IntegrationTest;
import org.claimdesk.SqlRecorder;
import org.claimdesk.article.ArticleService;
import org.claimdesk.base.EmbeddedCredentials;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Every SELECT the app really sends (recorded by {@link SqlRecorder}) to serve one claim or one article finds its
 * rows of verdict_history, decision_history, claim and claim_history by an index, on a database where 100,000
 * verdicts and 1,000 decisions belong to 20 other articles (analysed, as autovacuum would). Each statement is
 * planned as PostgreSQL plans a prepared statement for any parameter value (plan_cache_mode =
 * force_generic_plan), so no lucky parameter hides a scan.
 */
@IntegrationTest
@Tag("own-database") // a second Spring context: its own JVM too (pom.xml, failsafe)
@TestPropertySource(properties = "test.context=" + ReadCostIT.OWN_DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlansIT {

    private static final Pattern SCAN = Pattern.compile(
            "Seq Scan on (verdict_history|decision_history|claim_history|claim)( |$)", Pattern.MULTILINE);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EmbeddedPostgres postgres;

    @Autowired
    EmbeddedCredentials credentials;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewQueries queries;

    @Autowired
    ReviewService reviews;

    @Autowired
    TimelineService timeline;

    @Autowired
    ExportService exports;

    List<ClaimView> article;

    @BeforeAll
    void oneArticleAmong100000VerdictsOfOthers() {
        List<Long> others = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            others.add(ArticleOfSize.imported(articles, claims, "Other article " + i, 50).getFirst().articleId());
        }
        String ids = others.toString().replaceAll("[\\[\\] ]", "");
        jdbc.update("insert into verdict_history (claim_id, article_id, reviewer, revision, verdict, rationale, sources,"
                + " created_at) select c.claim_id, c.article_id, 'seed-' || r, 1, 'SUPPORTED', 'Seeded.', '[]'::jsonb,"
                + " timestamptz '2001-01-01' from claim c cross join generate_series(1, 100) r"
                + " where c.article_id in (" + ids + ")");
        jdbc.update("insert into decision_history (claim_id, article_id, editor, revision, verdict, rationale, sources,"
                + " created_at) select c.claim_id, c.article_id, 'seed-editor', 1, 'SUPPORTED', 'Seeded.', '[]'::jsonb,"
                + " timestamptz '2001-01-01' from claim c where c.article_id in (" + ids + ")");
        try (var owner = new SingleConnectionDataSource("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/"
                + EmbeddedCredentials.DATABASE, EmbeddedCredentials.OWNER, credentials.ownerPassword(), true)) {
            new JdbcTemplate(owner).execute("analyze");
        }
        article = ArticleOfSize.imported(articles, claims, "Planned", 40);
        for (int i = 0; i < 40; i += 3) {
            Long id = article.get(i).id();
            ArticleOfSize.as("plan-ann", "ROLE_REVIEWER", () -> reviews.submitVerdict(id,
                    ArticleOfSize.verdict(VerdictType.SUPPORTED)));
            ArticleOfSize.as("plan-ben", "ROLE_REVIEWER", () -> reviews.submitVerdict(id,
                    ArticleOfSize.verdict(VerdictType.DISPUTED)));
        }
        ArticleOfSize.as("plan-editor", "ROLE_EDITOR", () -> reviews.decide(article.get(3).id(),
                ArticleOfSize.verdict(VerdictType.DISPUTED), null, null, null));
    }

    @Test
    void the_database_holds_100000_verdicts_of_other_articles() {
        assertThat(jdbc.queryForObject("select count(*) from verdict_history where reviewer like 'seed-%'", Long.class))
                .isEqualTo(100_000L);
    }

    @Test
    void a_query_no_index_serves_is_seen_scanning() {
        assertThat(SCAN.matcher(genericPlan("select * from verdict_history where rationale = ?")).find()).isTrue();
    }

    @Test
    void serving_one_claim_reads_verdicts_decisions_claims_and_history_by_index() {
        Long claim = article.get(3).id();
        Long open = article.get(4).id();
        Map<String, Supplier<?>> work = Map.of(
                "review", () -> queries.review(claim),
                "history page", () -> timeline.forClaim(claim, 0, TimelinePage.DEFAULT_SIZE),
                "as of", () -> timeline.asOf(claim, Instant.now()),
                "verdict", () -> reviews.submitVerdict(open, ArticleOfSize.verdict(VerdictType.NOT_CHECKABLE)));
        work.forEach((name, w) -> assertUsesIndexes(name, w));
    }

    @Test
    void serving_one_article_reads_verdicts_decisions_claims_and_history_by_index() {
        Long id = article.getFirst().articleId();
        Map<String, Supplier<?>> work = Map.of(
                "claims with reviews", () -> queries.forArticle(id),
                "summary", () -> queries.summary(id),
                "timeline page", () -> timeline.forArticle(id, 0, TimelinePage.DEFAULT_SIZE),
                "JSON export", () -> export(id, ExportFormat.JSON),
                "CSV export", () -> export(id, ExportFormat.CSV));
        work.forEach((name, w) -> assertUsesIndexes(name, w));
    }

    private Object export(Long id, ExportFormat format) {
        exports.write(id, format, ExportService.Options.DEFAULT, OutputStream.nullOutputStream());
        return null;
    }

    private void assertUsesIndexes(String name, Supplier<?> work) {
        List<String> selects = ArticleOfSize.as("plan-ann", "ROLE_REVIEWER", () -> SqlRecorder.record(work)).stream()
                .filter(sql -> sql.stripLeading().toLowerCase().matches("(?s)(select|with)\\b.*")).toList();
        assertThat(selects).as(name + " sends its queries through Hibernate").isNotEmpty();
        assertThat(selects).as(name + " reads verdicts or decisions")
                .anyMatch(sql -> sql.contains("verdict_history") || sql.contains("decision_history"));
        for (String sql : selects) {
            String plan = genericPlan(sql);
            assertThat(SCAN.matcher(plan).find()).as(name + ": " + sql + "\n" + plan).isFalse();
        }
    }

    /** The plan PostgreSQL keeps for the statement prepared once and run with any parameters. */
    private String genericPlan(String sql) {
        StringBuilder numbered = new StringBuilder();
        int parameters = 0;
        boolean quoted = false;
        for (char ch : sql.toCharArray()) {
            quoted ^= ch == '\'';
            if (ch == '?' && !quoted) {
                numbered.append('$').append(++parameters);
            } else {
                numbered.append(ch);
            }
        }
        String nulls = parameters == 0 ? "" : "(" + String.join(",", java.util.Collections.nCopies(parameters, "null")) + ")";
        return jdbc.execute((ConnectionCallback<String>) connection -> explain(connection, numbered.toString(), nulls));
    }

    private static String explain(Connection connection, String sql, String nulls) throws java.sql.SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare planned as " + sql);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = s.executeQuery("explain execute planned" + nulls)) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                s.execute("deallocate planned");
                s.execute("reset plan_cache_mode");
            }
            return plan.toString();
        }
    }
}
