package org.claimdesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByArticleIdOrderByReviewerAsc(Long articleId);

    boolean existsByArticleIdAndReviewer(Long articleId, String reviewer);
}
