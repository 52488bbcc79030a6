package org.claimdesk.article;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleRevisionRepository extends JpaRepository<ArticleRevision, Long> {

    Optional<ArticleRevision> findByArticleIdAndRevision(Long articleId, int revision);

    java.util.List<ArticleRevision> findByArticleIdOrderByRevisionAsc(Long articleId);
}
