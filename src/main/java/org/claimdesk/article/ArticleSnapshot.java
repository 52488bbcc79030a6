package org.claimdesk.article;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored article as the rest of ClaimDesk reads it: metadata and its frozen text. {@code language} is its ISO
 * 639-1 code (null when unknown), for the claim splitter and the exports. {@code text} is the current text, of
 * {@code revision} (1: as imported; higher: found by a re-check).
 */
public record ArticleSnapshot(Long id, String title, String text, String sourceUrl, String publisher, String author,
        LocalDate publishedOn, ImportMethod importMethod, String importedBy, Instant importedAt, String language,
        int revision) {

    /** An article that was never re-checked (revision 1). */
    public ArticleSnapshot(Long id, String title, String text, String sourceUrl, String publisher, String author,
            LocalDate publishedOn, ImportMethod importMethod, String importedBy, Instant importedAt, String language) {
        this(id, title, text, sourceUrl, publisher, author, publishedOn, importMethod, importedBy, importedAt, language,
                1);
    }

    static ArticleSnapshot of(Article a) {
        return new ArticleSnapshot(a.id(), a.title(), a.text(), a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn(), a.importMethod(), a.importedBy(), a.importedAt(), a.language(), a.revision());
    }
}
