package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;
import org.claimdesk.IntegrationTest;
import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * What opening one claim costs, in SQL statements and in rows PostgreSQL hands the application (every query's
 * result rows plus every entity fetched by id, from Hibernate's statistics), for a claim of a 25-claim and of a
 * 2,000-claim article with the same verdicts and decision on it and verdicts on every tenth other claim.
 * The article's text comes along as one row either way (the claim's sentence is cut from it).
 */
@IntegrationTest
@Tag("own-database") // a second Spring context: its own JVM too (pom.xml, failsafe)
@TestPropertySource(properties = "test.context=" + ReadCostIT.OWN_DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadCostIT {

    /**
     * This test and {@link QueryPlansIT} share a Spring context and database of their own: their 2,000-claim
     * article and 100,000 seeded verdicts (history rows are never deleted) would otherwise fill every other
     * test's queues and recent activity.
     */
    static final String OWN_DATABASE = "cost-at-scale";

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

    @BeforeAll
    void twoArticlesReviewedAlike() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        small = reviewed(25);
        large = reviewed(2000);
    }

    private List<ClaimView> reviewed(int size) {
        List<ClaimView> all = ArticleOfSize.imported(articles, claims, "Cost " + size, size);
        for (int i = 0; i < all.size(); i += 10) {
            Long id = all.get(i).id();
            ArticleOfSize.as("cost-reviewer-a", "ROLE_REVIEWER",
                    () -> reviews.submitVerdict(id, ArticleOfSize.verdict(VerdictType.SUPPORTED)));
        }
        Long opened = opened(all).id();
        ArticleOfSize.as("cost-reviewer-b", "ROLE_REVIEWER",
                () -> reviews.submitVerdict(opened, ArticleOfSize.verdict(VerdictType.DISPUTED)));
        ArticleOfSize.as("cost-editor", "ROLE_EDITOR",
                () -> reviews.decide(opened, ArticleOfSize.verdict(VerdictType.DISPUTED), null, null, null));
        return all;
    }

    /** The claim both tests open: the 21st, reviewed twice and decided, in either article. */
    private static ClaimView opened(List<ClaimView> all) {
        return all.get(20);
    }

    /** What the claim page and GET /api/v1/claims/{id} read: the claim's review and its latest history page. */
    private Supplier<Object> openClaim(List<ClaimView> article) {
        Long id = opened(article).id();
        return () -> List.of(queries.review(id), timeline.forClaim(id, 0, TimelinePage.DEFAULT_SIZE));
    }

    record Cost(long statements, long rows) {
    }

    private Cost cost(Supplier<?> work) {
        return ArticleOfSize.as("cost-reviewer-a", "ROLE_REVIEWER", () -> {
            Map<String, Long> before = rowsByQuery();
            long fetchedBefore = statistics.getEntityFetchCount() + statistics.getCollectionFetchCount();
            long statementsBefore = statistics.getPrepareStatementCount();
            work.get();
            long rows = statistics.getEntityFetchCount() + statistics.getCollectionFetchCount() - fetchedBefore;
            for (Map.Entry<String, Long> query : rowsByQuery().entrySet()) {
                rows += query.getValue() - before.getOrDefault(query.getKey(), 0L);
            }
            return new Cost(statistics.getPrepareStatementCount() - statementsBefore, rows);
        });
    }

    private Map<String, Long> rowsByQuery() {
        Map<String, Long> rows = new HashMap<>();
        for (String query : statistics.getQueries()) {
            rows.put(query, statistics.getQueryStatistics(query).getExecutionRowCount());
        }
        return rows;
    }

    @Test
    void the_row_count_sees_every_row_an_article_wide_read_returns() {
        Long article = large.getFirst().articleId();

        assertThat(cost(() -> claims.forArticle(article)).rows()).isGreaterThanOrEqualTo(2000);
        assertThat(cost(openClaim(large)).rows()).isPositive();
    }

    @Test
    void opening_a_claim_of_a_2000_claim_article_reads_no_more_rows_than_one_of_a_25_claim_article() {
        Cost few = cost(openClaim(small));
        Cost many = cost(openClaim(large));

        assertThat(many.rows()).isLessThanOrEqualTo(few.rows());
        assertThat(many.statements()).isEqualTo(few.statements());
    }

    @Test
    void the_opened_claim_keeps_its_place_in_the_article_and_shows_its_verdicts_and_decision() {
        ClaimReview review = ArticleOfSize.as("cost-reviewer-b", "ROLE_REVIEWER",
                () -> queries.review(opened(large).id()));

        assertThat(review.claim().ordinal()).isEqualTo(21);
        assertThat(review.claim().text()).isEqualTo("Region 21 reported that output rose 4% in 2025, the ministry said.");
        assertThat(review.verdicts()).extracting(VerdictView::reviewer)
                .containsExactly("cost-reviewer-a", "cost-reviewer-b");
        assertThat(review.decision().verdict()).isEqualTo(VerdictType.DISPUTED);
        assertThat(review.agreement()).isEqualTo(Agreement.SPLIT);
    }

    @Test
    void every_claims_ordinal_read_alone_is_its_place_in_the_article_list() {
        List<ClaimView> list = SystemActor.call(() -> claims.forArticle(small.getFirst().articleId()));

        assertThat(list).allSatisfy(c -> assertThat(SystemActor.call(() -> claims.get(c.id())).ordinal())
                .isEqualTo(c.ordinal()));
    }
}
