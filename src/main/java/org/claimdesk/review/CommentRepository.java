package org.claimdesk.review;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<CommentEntry, Long> {

    List<CommentEntry> findByClaimIdOrderByIdAsc(Long claimId);

    List<CommentEntry> findByArticleIdOrderByIdAsc(Long articleId);
}
