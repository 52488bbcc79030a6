package org.claimdesk.article;

import java.time.LocalDate;

/**
 * An article about to be imported: what a paste form, a file or a fetched page yields. {@code language} is an
 * ISO 639-1 code, or null to have it detected from the text.
 */
public record ArticleDraft(String title, String text, String sourceUrl, String publisher, String author,
        LocalDate publishedOn, String language) {

    public ArticleDraft(String title, String text, String sourceUrl, String publisher, String author,
            LocalDate publishedOn) {
        this(title, text, sourceUrl, publisher, author, publishedOn, null);
    }

    public static ArticleDraft of(String title, String text) {
        return new ArticleDraft(title, text, null, null, null, null, null);
    }

    public ArticleDraft withLanguage(String code) {
        return new ArticleDraft(title, text, sourceUrl, publisher, author, publishedOn, code);
    }
}
