package org.claimdesk.claim;

import java.util.List;

/**
 * What a re-check found: whether the published text changed, the article's revision now, the claims marked
 * stale (sentence edited or gone) and, among them, those no sentence of the new text could confidently hold.
 */
public record RecheckResult(boolean changed, int revision, List<Long> staleClaims, List<Long> unplaced) {
}
