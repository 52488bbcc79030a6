package org.claimdesk.review;

import java.util.EnumMap;
import java.util.Map;

/**
 * How an article's claims (dismissed ones are not claims) stand: how many carry each final verdict, and how
 * many have none yet. What the verdict chart draws.
 */
public record VerdictMix(Map<VerdictType, Integer> finals, int undecided) {

    public VerdictMix {
        if (undecided < 0 || finals.values().stream().anyMatch(n -> n == null || n < 0)) {
            throw new IllegalArgumentException("A verdict count cannot be negative.");
        }
        Map<VerdictType, Integer> copy = new EnumMap<>(VerdictType.class);
        copy.putAll(finals);
        finals = Map.copyOf(copy);
    }

    public static VerdictMix of(ArticleReviewSummary summary) {
        int decided = summary.finalVerdicts().values().stream().mapToInt(Integer::intValue).sum();
        return new VerdictMix(summary.finalVerdicts(), Math.max(0, summary.claims() - decided));
    }

    public int count(VerdictType type) {
        return finals.getOrDefault(type, 0);
    }

    public int total() {
        return undecided + finals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
