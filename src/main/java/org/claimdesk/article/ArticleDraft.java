package org.claimdesk.article;

import java.time.LocalDate;

/** An article about to be imported: what a paste form, a file or a fetched page yields. */
public record ArticleDraft(String title, String text, String sourceUrl, String publisher, String author,
        LocalDate publishedOn) {

    public static ArticleDraft of(String title, String text) {
        return new ArticleDraft(title, text, null, null, null, null);
    }
}
