package org.claimdesk.article;

import java.time.Instant;

/** One row of the article list. */
public record ArticleSummary(Long id, String title, String publisher, String sourceUrl, String importedBy,
        Instant importedAt) {
}
