package org.claimdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored article as the rest of ClaimDesk reads it: metadata and its frozen text. {@code language} is its ISO
 * 639-1 code (null when unknown), for the claim splitter and the exports.
 */
public record ArticleSnapshot(Long id, String title, String text, String sourceUrl, String publisher, String author,
        LocalDate publishedOn, ImportMethod importMethod, String importedBy, Instant importedAt, String language) {

    static ArticleSnapshot of(Article a) {
        return new ArticleSnapshot(a.id(), a.title(), a.body(), a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn(), a.importMethod(), a.importedBy(), a.importedAt(), a.language());
    }
}
