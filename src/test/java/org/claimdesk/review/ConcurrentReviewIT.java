package org.claimdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.claimdesk.IntegrationTest;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two reviewers submit on the same claim at the same moment, 200 times over: every verdict lands. */
@IntegrationTest
class ConcurrentReviewIT {

    private static final Logger log = LoggerFactory.getLogger(ConcurrentReviewIT.class);
    static final int CLAIMS = 200;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void two_hundred_simultaneous_double_submissions_lose_nothing() throws Exception {
        String text = String.join(" ", java.util.Collections.nCopies(CLAIMS, "Output rose 3% in May."));
        List<ClaimView> targets = SystemActor.call(() -> claims.forArticle(
                articles.importArticle(ArticleDraft.of("Concurrency", text), ImportMethod.PASTE).id()));
        assertThat(targets).hasSize(CLAIMS);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> results = new ArrayList<>();
        for (ClaimView claim : targets) {
            CountDownLatch start = new CountDownLatch(1);
            results.add(pool.submit(() -> submitAs("alice", claim.id(), start)));
            results.add(pool.submit(() -> submitAs("bob", claim.id(), start)));
            start.countDown();
        }
        for (Future<?> result : results) {
            result.get();
        }
        pool.shutdown();

        long stored = jdbc.queryForObject("select count(*) from verdict_history v join claim c using (claim_id) "
                + "where c.article_id = ?", Long.class, targets.getFirst().articleId());
        long bothReviewers = jdbc.queryForObject("select count(*) from claim c where c.article_id = ? and "
                + "(select count(distinct reviewer) from verdict_history v where v.claim_id = c.claim_id) = 2 "
                + "and c.status = 'NEEDS_DECISION'", Long.class, targets.getFirst().articleId());
        log.info("Concurrent double submissions: {} submitted, {} stored, {} lost", 2 * CLAIMS, stored, 2 * CLAIMS - stored);
        assertThat(stored).isEqualTo(2L * CLAIMS);
        assertThat(bothReviewers).isEqualTo(CLAIMS);
    }

    private void submitAs(String reviewer, Long claimId, CountDownLatch start) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(reviewer, null,
                List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"))));
        SecurityContextHolder.setContext(context);
        try {
            start.await();
            reviews.submitVerdict(claimId, new VerdictInput(VerdictType.NOT_CHECKABLE, "Concurrent " + reviewer, List.of()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
