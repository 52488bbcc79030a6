package org.claimdesk.review;

import java.time.Instant;

import org.claimdesk.base.HistoryAction;

/** One line of the desk's recent activity: what happened to which claim of which article, by whom. */
public record DeskEvent(Long articleId, String articleTitle, Long claimId, Instant at, String who,
        HistoryAction action) {
}
