package org.claimdesk.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<VerdictEntry, Long> {

    List<VerdictEntry> findByClaimIdOrderByIdAsc(Long claimId);

    List<VerdictEntry> findByArticleIdOrderByIdAsc(Long articleId);

    boolean existsByArticleId(Long articleId);

    /** Every reviewer's latest revision on one claim: read backwards along uk_verdict_history_revision. */
    @Query(nativeQuery = true, value = """
            select distinct on (v.reviewer) v.* from verdict_history v where v.claim_id = :claimId
            order by v.reviewer, v.revision desc""")
    List<VerdictEntry> currentForClaim(Long claimId);

    /** Every reviewer's latest revision on each of these claims (any articles), by uk_verdict_history_revision. */
    @Query(nativeQuery = true, value = """
            select distinct on (v.claim_id, v.reviewer) v.* from verdict_history v where v.claim_id = any(:claimIds)
            order by v.claim_id, v.reviewer, v.revision desc""")
    List<VerdictEntry> currentForClaims(Long[] claimIds);

    /** Every reviewer's latest revision on each claim of one article: the article's rows only, by its index. */
    @Query(nativeQuery = true, value = """
            select distinct on (v.claim_id, v.reviewer) v.* from verdict_history v where v.article_id = :articleId
            order by v.claim_id, v.reviewer, v.revision desc""")
    List<VerdictEntry> currentForArticle(Long articleId);

    /**
     * The current verdicts of each of these claims that has two or more reviewers, as one comma-separated value
     * per claim (what agreement and Krippendorff's alpha are computed from). With {@code seesAll} false (blind
     * review, a reviewer) only the claims {@code me} has given a verdict on count, as {@link BlindReview} decides.
     */
    @Query(nativeQuery = true, value = """
            select per.verdicts
            from (select cur.claim_id, count(*) as reviewers, string_agg(cur.verdict, ',') as verdicts,
                         bool_or(cur.reviewer = :me) as mine
                  from (select distinct on (v.claim_id, v.reviewer) v.claim_id, v.reviewer, v.verdict
                        from verdict_history v where v.article_id = :articleId
                        order by v.claim_id, v.reviewer, v.revision desc) cur
                  where cur.claim_id = any(:claimIds) group by cur.claim_id) per
            where per.reviewers >= 2 and (:seesAll or per.mine)""")
    List<String> pairedVerdicts(Long articleId, Long[] claimIds, String me, boolean seesAll);

    @Query("select coalesce(max(v.revision), 0) from VerdictEntry v where v.claimId = :claimId and v.reviewer = :reviewer")
    int lastRevision(Long claimId, String reviewer);

    @Query("select distinct v.claimId from VerdictEntry v where v.reviewer = :reviewer")
    List<Long> claimIdsReviewedBy(String reviewer);

    /** Per claim: [claimId, how many reviewers gave a verdict]. */
    @Query("select v.claimId, count(distinct v.reviewer) from VerdictEntry v where v.claimId in :claimIds group by v.claimId")
    List<Object[]> reviewerCounts(Collection<Long> claimIds);

    @Query("select count(distinct v.reviewer) from VerdictEntry v where v.claimId = :claimId")
    int reviewerCount(Long claimId);

    @Query("select v from VerdictEntry v order by v.id desc")
    List<VerdictEntry> recent(org.springframework.data.domain.Limit limit);

    List<VerdictEntry> findByReviewerAndClaimIdIn(String reviewer, Collection<Long> claimIds);
}
