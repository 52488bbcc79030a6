package org.claimdesk.claim;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

    @Query("select c from Claim c where c.articleId = :articleId and c.mergedInto is null order by c.start")
    List<Claim> findActive(Long articleId);

    /** Per article: [articleId, active claims, approved claims, dismissed claims]. */
    @Query("""
            select c.articleId, count(c),
                   sum(case when c.status = org.claimdesk.claim.ClaimStatus.APPROVED then 1 else 0 end),
                   sum(case when c.dismissed then 1 else 0 end)
            from Claim c where c.articleId in :articleIds and c.mergedInto is null group by c.articleId""")
    List<Object[]> countsFor(Collection<Long> articleIds);
}
