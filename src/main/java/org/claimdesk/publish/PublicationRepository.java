package org.claimdesk.publish;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicationRepository extends JpaRepository<PublicationEntry, Long> {

    List<PublicationEntry> findByArticleIdOrderByIdAsc(Long articleId);

    Optional<PublicationEntry> findFirstByArticleIdOrderByIdDesc(Long articleId);

    /** The latest row of every article whose latest row is PUBLISHED: the public articles, newest first. */
    @Query("""
            select p from PublicationEntry p where p.action = org.claimdesk.publish.PublicationAction.PUBLISHED
            and p.id = (select max(q.id) from PublicationEntry q where q.articleId = p.articleId)
            order by p.occurredAt desc, p.id desc""")
    List<PublicationEntry> currentlyPublished();

    /** Every PUBLISHED row of the articles that are public now: one feed entry each. */
    @Query("""
            select p from PublicationEntry p where p.action = org.claimdesk.publish.PublicationAction.PUBLISHED
            and p.articleId in :articleIds order by p.occurredAt desc, p.id desc""")
    List<PublicationEntry> publicationsOf(List<Long> articleIds);

    /** Serialises publish and unpublish of one article (a transaction-scoped advisory lock, keyed 70/article). */
    @Query(value = "select count(*) from pg_advisory_xact_lock(70, cast(:articleId as integer))", nativeQuery = true)
    long lockArticle(Long articleId);
}
