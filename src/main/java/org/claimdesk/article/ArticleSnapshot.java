package org.claimdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/** A stored article as the rest of ClaimDesk reads it: metadata and its frozen text. */
public record ArticleSnapshot(Long id, String title, String text, String sourceUrl, String publisher, String author,
        LocalDate publishedOn, ImportMethod importMethod, String importedBy, Instant importedAt) {

    static ArticleSnapshot of(Article a) {
        return new ArticleSnapshot(a.id(), a.title(), a.body(), a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn(), a.importMethod(), a.importedBy(), a.importedAt());
    }
}
