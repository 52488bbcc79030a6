package org.claimdesk.publish;

import java.time.Instant;

/** One entry of the corrections feed: a publication of an article's review, or a correction of a claim in it. */
public record FeedEntry(String id, Kind kind, Long articleId, String title, String summary, String link, Instant at) {

    public enum Kind { PUBLICATION, CORRECTION }
}
