package org.claimdesk.review;

import java.time.Instant;

import org.claimdesk.base.HistoryAction;

/** One line of a claim's or an article's timeline; before/after are JSON objects or null. */
public record TimelineEvent(Long claimId, Instant at, String who, HistoryAction action, String before, String after) {
}
