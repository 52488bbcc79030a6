package org.claimdesk.article;

import java.time.Instant;

/** One text of an article: revision 1 as imported, later ones as re-checks found them, by whom and when. */
public record ArticleRevisionView(int revision, String text, String language, String fetchedBy, Instant fetchedAt) {
}
