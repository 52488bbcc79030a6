package org.claimdesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimAssignmentRepository extends JpaRepository<ClaimAssignment, Long> {

    List<ClaimAssignment> findByClaimIdOrderByIdAsc(Long claimId);

    List<ClaimAssignment> findByArticleIdOrderByIdAsc(Long articleId);

    boolean existsByClaimIdAndReviewer(Long claimId, String reviewer);

    List<ClaimAssignment> findByReviewerOrderByIdAsc(String reviewer);
}
