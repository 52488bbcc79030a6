package org.claimdesk.review;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VerdictRepository extends JpaRepository<VerdictEntry, Long> {

    List<VerdictEntry> findByClaimIdOrderByIdAsc(Long claimId);

    List<VerdictEntry> findByArticleIdOrderByIdAsc(Long articleId);

    /** Every reviewer's latest revision on each of these claims. */
    @Query("""
            select v from VerdictEntry v where v.claimId in :claimIds and v.revision =
                (select max(w.revision) from VerdictEntry w where w.claimId = v.claimId and w.reviewer = v.reviewer)
            order by v.claimId, v.reviewer""")
    List<VerdictEntry> currentFor(Collection<Long> claimIds);

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
