package org.claimdesk.review;

import java.time.Instant;

/** A comment as the UI and the API show it. */
public record CommentView(Long id, Long claimId, String author, Instant createdAt, String text) {
}
