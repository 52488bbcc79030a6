package org.claimdesk.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ArticleHistoryRepository extends JpaRepository<ArticleHistoryEntry, Long> {

    List<ArticleHistoryEntry> findByArticleIdOrderByIdAsc(Long articleId);
}
