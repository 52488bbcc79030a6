package org.claimdesk.claim;

import java.util.List;

/**
 * An article's claims were split again (its language changed): the claims retired and the claims created, by id.
 * Published inside the change's transaction; whatever indexes claims (matching) replaces the article's rows.
 */
public record ClaimsResplit(Long articleId, String language, List<Long> retired, List<Long> created) {
}
