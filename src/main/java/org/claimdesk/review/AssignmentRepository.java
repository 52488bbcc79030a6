package org.claimdesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByArticleIdOrderByReviewerAsc(Long articleId);

    int countByArticleId(Long articleId);

    boolean existsByArticleIdAndReviewer(Long articleId, String reviewer);

    @Query("select distinct a.articleId from Assignment a where a.reviewer = :reviewer")
    List<Long> articlesAssignedTo(String reviewer);

    /** Articles assigned to others and not to this reviewer: not in their queue. */
    @Query("""
            select distinct a.articleId from Assignment a where not exists
                (select 1 from Assignment m where m.articleId = a.articleId and m.reviewer = :reviewer)""")
    List<Long> articlesAssignedOnlyToOthers(String reviewer);
}
