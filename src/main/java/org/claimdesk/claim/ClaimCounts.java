package org.claimdesk.claim;

/** How far an article's review has come: approved claims out of its (not dismissed) claims. */
public record ClaimCounts(int claims, int approved, int dismissed) {

    public int reviewable() {
        return claims - dismissed;
    }

    public double progress() {
        return reviewable() == 0 ? 0 : (double) approved / reviewable();
    }
}
