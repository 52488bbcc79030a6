package org.claimdesk.article;

/** Published inside the import transaction, so whatever listens (claim splitting) succeeds or fails with it. */
public record ArticleImported(Long articleId, String text) {
}
