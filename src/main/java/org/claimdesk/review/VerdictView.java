package org.claimdesk.review;

import java.time.Instant;
import java.util.List;

/** A reviewer's verdict as others see it; flagged when the claim's text changed after it was given. */
public record VerdictView(Long id, Long claimId, String reviewer, int revision, VerdictType verdict, String rationale,
        List<Source> sources, Instant createdAt, boolean claimChangedSince, Attribution attribution) {
}
