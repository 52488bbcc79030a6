package org.claimdesk.publish;

import java.time.Instant;

/** A publish or unpublish as the rest of ClaimDesk reads it. */
public record PublicationEvent(Long articleId, PublicationAction action, String actor, Instant at) {
}
