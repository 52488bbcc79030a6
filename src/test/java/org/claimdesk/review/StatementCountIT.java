package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.claimdesk.IntegrationTest;
import org.claimdesk.SqlRecorder;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Opening an article, listing its claims, saving a verdict and reading history each cost the same number of
 * SQL statements for an article of 5 claims as for one of 60: no query per claim (no N+1).
 */
@IntegrationTest
class StatementCountIT {

    @Autowired
    EntityManagerFactory entityManagerFactory;

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

    Statistics statistics;
    List<ClaimView> small;
    List<ClaimView> large;

    @BeforeEach
    void twoArticles() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        small = reviewed(5);
        large = reviewed(60);
    }

    private List<ClaimView> reviewed(int sentences) {
        return SystemActor.call(() -> {
            Long id = articles.importArticle(ArticleDraft.of("Count " + sentences,
                    "Output rose 3% in May. ".repeat(sentences)), ImportMethod.PASTE).id();
            List<ClaimView> all = claims.forArticle(id);
            all.forEach(c -> reviews.submitVerdict(c.id(), verdict()));
            return all;
        });
    }

    private static VerdictInput verdict() {
        return new VerdictInput(VerdictType.NOT_CHECKABLE, "Counting statements.", List.of());
    }

    private long statements(Supplier<?> work) {
        return SystemActor.call(() -> {
            long before = statistics.getPrepareStatementCount();
            work.get();
            return statistics.getPrepareStatementCount() - before;
        });
    }

    @Test
    void statistics_are_collected() {
        assertThat(statistics.isStatisticsEnabled()).isTrue();
        assertThat(statements(() -> claims.forArticle(small.getFirst().articleId()))).isPositive();
    }

    @Test
    void opening_an_article_with_its_reviews_costs_the_same_for_5_or_60_claims() {
        long few = statements(() -> queries.forArticle(small.getFirst().articleId()));
        long many = statements(() -> queries.forArticle(large.getFirst().articleId()));

        assertThat(many).isEqualTo(few);
    }

    @Test
    void listing_claims_costs_the_same_for_5_or_60_claims() {
        assertThat(statements(() -> claims.forArticle(large.getFirst().articleId())))
                .isEqualTo(statements(() -> claims.forArticle(small.getFirst().articleId())));
    }

    @Test
    void saving_a_verdict_costs_the_same_in_a_short_and_a_long_article() {
        long few = statements(() -> reviews.submitVerdict(small.get(2).id(), verdict()));
        long many = statements(() -> reviews.submitVerdict(large.get(40).id(), verdict()));

        assertThat(many).isEqualTo(few);
    }

    /**
     * The lock (select for update, version bump), the article, the reviewer's last revision, the insert, the draft,
     * the assignments and the reviewer count: one statement each, whatever the article holds. (The source's archive
     * request, the webhook outbox and the live notification go through JDBC, outside this count.)
     */
    @Test
    void saving_a_verdict_with_a_source_sends_hibernate_eight_statements() {
        VerdictInput sourced = new VerdictInput(VerdictType.SUPPORTED, "Checked against the record.", List.of(
                new Source("https://records.example.org/count", "Record", "As stated.", null, Stance.SUPPORTS)));

        List<String> sql = SystemActor.call(() -> SqlRecorder.record(
                () -> reviews.submitVerdict(large.get(7).id(), sourced)));

        assertThat(sql).as(String.join("\n", sql)).hasSizeLessThanOrEqualTo(8);
        assertThat(sql).filteredOn(s -> s.startsWith("insert into verdict_history")).hasSize(1);
    }

    @Test
    void reading_a_claims_history_and_an_articles_timeline_costs_the_same_for_5_or_60_claims() {
        assertThat(statements(() -> timeline.forClaim(large.get(30).id())))
                .isEqualTo(statements(() -> timeline.forClaim(small.get(3).id())));
        assertThat(statements(() -> timeline.forArticle(large.getFirst().articleId())))
                .isEqualTo(statements(() -> timeline.forArticle(small.getFirst().articleId())));
    }
}
