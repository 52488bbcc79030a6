package org.claimdesk.article;

import java.time.Instant;
import java.util.List;

/**
 * An article's language changed: who, when, from and to which ISO 639-1 code (before may be null: unknown), and the
 * claims the re-split retired and created (ids).
 */
public record LanguageChange(Long articleId, String actor, Instant at, String before, String after,
        List<Long> retiredClaims, List<Long> createdClaims) {

    /** What a history row holds on either side: the language and the claims split by it. */
    public record Side(String language, List<Long> claims) {
    }
}
