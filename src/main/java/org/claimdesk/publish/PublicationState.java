package org.claimdesk.publish;

import java.time.Instant;
import java.util.List;

/** Whether an article's review is public now, since when, and every publish and unpublish in order. */
public record PublicationState(Long articleId, boolean published, Instant publishedAt, String publicUrl,
        List<PublicationEvent> history) {
}
