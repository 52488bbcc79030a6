package org.claimdesk.publish;

import java.time.Instant;

/** One line of the public list of fact-checks. */
public record PublishedArticle(Long id, String title, String publisher, Instant publishedAt, String pageUrl) {
}
