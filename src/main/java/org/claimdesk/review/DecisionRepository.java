package org.claimdesk.review;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DecisionRepository extends JpaRepository<DecisionEntry, Long> {

    List<DecisionEntry> findByClaimIdOrderByRevisionAsc(Long claimId);

    List<DecisionEntry> findByArticleIdOrderByIdAsc(Long articleId);

    boolean existsByArticleId(Long articleId);

    Optional<DecisionEntry> findFirstByClaimIdOrderByRevisionDesc(Long claimId);

    @Query("""
            select distinct d.articleId from DecisionEntry d
            where d.revision = 1 and d.createdAt >= :from and d.createdAt < :to order by d.articleId""")
    List<Long> articlesDecidedBetween(java.time.Instant from, java.time.Instant to);

    /** [verdict, how many claims] over the latest decision of each of these claims of one article. */
    @Query(nativeQuery = true, value = """
            select d.verdict, count(*) from (select distinct on (e.claim_id) e.claim_id, e.verdict
                from decision_history e where e.article_id = :articleId order by e.claim_id, e.revision desc) d
            where d.claim_id = any(:claimIds) group by d.verdict""")
    List<Object[]> finalVerdictCounts(Long articleId, Long[] claimIds);

    /** The latest decision on each of these claims. */
    @Query("""
            select d from DecisionEntry d where d.claimId in :claimIds and d.revision =
                (select max(e.revision) from DecisionEntry e where e.claimId = d.claimId)""")
    List<DecisionEntry> currentFor(Collection<Long> claimIds);

    /** The latest decision on each decided claim of these articles. */
    @Query("""
            select d from DecisionEntry d where d.articleId in :articleIds and d.revision =
                (select max(e.revision) from DecisionEntry e where e.claimId = d.claimId)""")
    List<DecisionEntry> currentForArticles(Collection<Long> articleIds);

    @Query("select d from DecisionEntry d order by d.id desc")
    List<DecisionEntry> recent(org.springframework.data.domain.Limit limit);

    /** Claims approved (first decided) in [from, to). */
    @Query("select d.claimId from DecisionEntry d where d.revision = 1 and d.createdAt >= :from and d.createdAt < :to")
    List<Long> claimsDecidedBetween(java.time.Instant from, java.time.Instant to);
}
