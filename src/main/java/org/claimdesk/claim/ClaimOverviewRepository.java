package org.claimdesk.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The queries the desk overview and the list filters ask across all articles. */
interface ClaimOverviewRepository extends Repository<Claim, Long> {

    /** Per article with claims: [articleId, claims, approved claims]. */
    @Query("""
            select c.articleId, count(c), sum(case when c.status = org.claimdesk.claim.ClaimStatus.APPROVED then 1 else 0 end)
            from Claim c where c.mergedInto is null and c.dismissed = false group by c.articleId""")
    List<Object[]> progressByArticle();

    @Query("select c.id from Claim c where c.articleId in :articleIds and c.mergedInto is null and c.dismissed = false")
    List<Long> reviewableIds(Collection<Long> articleIds);

    @Query("select c from Claim c where c.id in :claimIds")
    List<Claim> byIds(Collection<Long> claimIds);

    @Query("select h from ClaimHistoryEntry h order by h.id desc")
    List<ClaimHistoryEntry> recentHistory(Limit limit);
}
