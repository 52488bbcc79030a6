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

    @Query(value = """
            select c.claim_id as claimId, c.article_id as articleId, a.title as articleTitle,
                   substring(a.body from c.start_offset + 1 for c.end_offset - c.start_offset) as claimText,
                   c.status as status,
                   (select count(distinct v.reviewer) from verdict_history v where v.claim_id = c.claim_id) as verdicts
            from claim c join article a on a.article_id = c.article_id
            where c.merged_into is null and not c.dismissed and c.status <> 'APPROVED'
              and not exists (select 1 from verdict_history v where v.claim_id = c.claim_id and v.reviewer = :me)
              and (exists (select 1 from assignment s where s.article_id = c.article_id and s.reviewer = :me)
                   or not exists (select 1 from assignment s where s.article_id = c.article_id))
            order by exists (select 1 from assignment s where s.article_id = c.article_id and s.reviewer = :me) desc,
                     a.imported_at desc, c.start_offset
            limit :limit""", nativeQuery = true)
    List<QueueItem> reviewerQueue(String me, int limit);

    @Query(value = """
            select c.claim_id as claimId, c.article_id as articleId, a.title as articleTitle,
                   substring(a.body from c.start_offset + 1 for c.end_offset - c.start_offset) as claimText,
                   c.status as status,
                   (select count(distinct v.reviewer) from verdict_history v where v.claim_id = c.claim_id) as verdicts
            from claim c join article a on a.article_id = c.article_id
            where c.merged_into is null and not c.dismissed and c.status in ('NEEDS_DECISION', 'IN_REVIEW')
            order by case when c.status = 'NEEDS_DECISION' then 0 else 1 end, a.imported_at desc, c.start_offset
            limit :limit""", nativeQuery = true)
    List<QueueItem> editorQueue(int limit);

    @Query("select count(distinct v.reviewer) from VerdictEntry v where v.claimId = :claimId")
    int reviewerCount(Long claimId);
}
