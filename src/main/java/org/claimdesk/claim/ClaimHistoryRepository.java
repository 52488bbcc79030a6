package org.claimdesk.claim;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ClaimHistoryRepository extends JpaRepository<ClaimHistoryEntry, Long> {

    List<ClaimHistoryEntry> findByClaimIdOrderByIdAsc(Long claimId);

    List<ClaimHistoryEntry> findByArticleIdOrderByIdAsc(Long articleId);
}
