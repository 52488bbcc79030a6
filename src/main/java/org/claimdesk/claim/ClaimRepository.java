package org.claimdesk.claim;

import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    /**
     * SELECT ... FOR UPDATE and a version bump: concurrent reviews of one claim take turns (none is lost),
     * and an editor holding an older version learns that the claim changed meanwhile.
     */
    @Lock(LockModeType.PESSIMISTIC_FORCE_INCREMENT)
    @Query("select c from Claim c where c.id = :id")
    java.util.Optional<Claim> lockById(Long id);

    @Query("select c from Claim c where c.articleId = :articleId and c.mergedInto is null order by c.start, c.id")
    List<Claim> findActive(Long articleId);

    /**
     * An active claim's ordinal (its place among the article's active claims, from 1, as {@link #findActive}
     * orders them) by a window function over the article's index, without loading the other claims.
     */
    @Query("""
            select o.ordinal from (select c.id as id,
                    row_number() over (order by c.start, c.id) as ordinal
                from Claim c where c.articleId = :articleId and c.mergedInto is null) o
            where o.id = :claimId""")
    java.util.Optional<Long> ordinalOf(Long articleId, Long claimId);

    /** The active claims that are claims (not dismissed): what a review summary counts. */
    @Query("select c.id from Claim c where c.articleId = :articleId and c.mergedInto is null and c.dismissed = false")
    List<Long> reviewableIds(Long articleId);

    /** How many of the article's active claims that are claims are approved. */
    @Query("""
            select count(c) from Claim c where c.articleId = :articleId and c.mergedInto is null
              and c.dismissed = false and c.status = org.claimdesk.claim.ClaimStatus.APPROVED""")
    long approvedCount(Long articleId);

    List<Claim> findByArticleIdOrderByStartAscIdAsc(Long articleId);

    /** Every claim of the article (merged ones too), locked until the transaction ends: a re-split takes turns with reviews. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Claim c where c.articleId = :articleId order by c.start, c.id")
    List<Claim> lockAllOf(Long articleId);

    /** Per article: [articleId, active claims, approved claims, dismissed claims]. */
    @Query("""
            select c.articleId, count(c),
                   sum(case when c.status = org.claimdesk.claim.ClaimStatus.APPROVED then 1 else 0 end),
                   sum(case when c.dismissed then 1 else 0 end)
            from Claim c where c.articleId in :articleIds and c.mergedInto is null group by c.articleId""")
    List<Object[]> countsFor(Collection<Long> articleIds);

    /** See {@link ClaimQueueQuery}; the skip and prefer lists are never empty (callers pad them with -1). */
    @Query("""
            select c from Claim c
            where c.mergedInto is null and c.dismissed = false and c.status in :statuses
              and c.id not in :skipClaims and c.articleId not in :skipArticles
            order by case when c.articleId in :preferred then 0 else 1 end,
                     case when :decisionsFirst = true and c.status = org.claimdesk.claim.ClaimStatus.NEEDS_DECISION
                          then 0 else 1 end,
                     c.articleId desc, c.start""")
    List<Claim> waiting(Collection<ClaimStatus> statuses, Collection<Long> skipClaims, Collection<Long> skipArticles,
            Collection<Long> preferred, boolean decisionsFirst, org.springframework.data.domain.Limit limit);

    /** Claims a re-check marked stale, oldest mark first: they wait for an editor. */
    @Query("select c from Claim c where c.mergedInto is null and c.dismissed = false and c.staleSince is not null "
            + "order by c.staleSince, c.id")
    List<Claim> findStale(org.springframework.data.domain.Limit limit);
}
