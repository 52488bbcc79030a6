package org.claimdesk.claim;

import java.util.Collection;
import java.util.Set;

/**
 * Which waiting claims a work queue wants: active claims in one of {@code statuses}, except the claims and
 * articles to skip; claims of {@code preferredArticles} first, then (with {@code decisionsFirst}) claims that
 * need a decision, then the newest article first and the text's order.
 */
public record ClaimQueueQuery(Set<ClaimStatus> statuses, Collection<Long> skipClaims, Collection<Long> skipArticles,
        Collection<Long> preferredArticles, boolean decisionsFirst, int limit) {
}
