package org.claimdesk.publish;

import java.time.Instant;

/** Published inside the transaction that makes an article's review public; listeners write in the same one. */
public record ArticlePublished(Long articleId, String title, String publicUrl, String actor, Instant at) {
}
