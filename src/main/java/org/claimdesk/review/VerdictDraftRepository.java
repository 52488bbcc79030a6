package org.claimdesk.review;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface VerdictDraftRepository extends JpaRepository<VerdictDraft, Long> {

    Optional<VerdictDraft> findByClaimIdAndReviewer(Long claimId, String reviewer);

    void deleteByClaimIdAndReviewer(Long claimId, String reviewer);

    java.util.List<VerdictDraft> findTop10ByReviewerOrderByUpdatedAtDesc(String reviewer);
}
