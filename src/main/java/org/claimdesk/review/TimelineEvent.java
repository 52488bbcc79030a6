package org.claimdesk.review;

import java.time.Instant;

/** One line of a claim's or an article's timeline; before/after are JSON objects or null. */
public record TimelineEvent(Long claimId, Instant at, String who, String action, String before, String after) {
}
