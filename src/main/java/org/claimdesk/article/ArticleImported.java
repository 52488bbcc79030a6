package org.claimdesk.article;

/** Published inside the import transaction, so whatever listens (claim splitting) succeeds or fails with it. */
/** An article was stored: its frozen text and its language (ISO 639-1, or null), for the claims to be found. */
public record ArticleImported(Long articleId, String text, String language) {
}
