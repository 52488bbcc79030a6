package org.claimdesk.claim;

import java.util.List;

import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviewers correct the automatic split: split a claim, merge it with the next, move its boundaries. Each
 * writes history rows (before, after) in one transaction; claims keep their ids, and a claim whose text changes
 * gets a new {@code textChangedAt} so older verdicts can be flagged.
 */
@Service
public class ClaimBoundaryService {

    private final ClaimRepository claims;
    private final ClaimChanges changes;
    private final ClaimHistoryWriter history;
    private final ClaimDrafter drafter = new ClaimDrafter();
    private final ClaimHistoryRepository past;
    private final JsonMapper json;

    ClaimBoundaryService(ClaimRepository claims, ClaimChanges changes, ClaimHistoryWriter history,
            ClaimHistoryRepository past, JsonMapper json) {
        this.past = past;
        this.json = json;
        this.claims = claims;
        this.changes = changes;
        this.history = history;
    }

    /** Splits a claim at an offset of the article text; the second part becomes a new claim. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public Long split(Long claimId, int position) {
        Claim claim = changes.editable(claimId);
        ArticleSnapshot article = changes.article(claim);
        String text = article.text();
        Span first = trimmed(text, claim.start(), position);
        Span second = trimmed(text, position, claim.end());
        if (position <= claim.start() || position >= claim.end() || first == null || second == null) {
            throw new InvalidInputException("error.claim.split-inside");
        }
        ClaimState before = claim.state(text);
        claim.moveTo(first, changes.now());
        claim.rehint(drafter.hint(first.of(text), article.language()));
        Claim part = claims.save(new Claim(claim.articleId(), second, claim.speaker(),
                drafter.hint(second.of(text), article.language()), changes.now()));
        history.record(claim, ClaimAction.SPLIT, before, claim.state(text));
        history.record(part, ClaimAction.SPLIT_OFF, null, part.state(text));
        return part.id();
    }

    /** Merges a claim with the one after it; the later claim is kept in history, pointing to this one. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void mergeWithNext(Long claimId) {
        Claim claim = changes.editable(claimId);
        List<Claim> active = claims.findActive(claim.articleId());
        int index = active.indexOf(claim);
        if (index < 0 || index == active.size() - 1) {
            throw new InvalidInputException("error.claim.merge-last");
        }
        Claim next = active.get(index + 1);
        if (next.revision() != claim.revision()) {
            throw new InvalidInputException("error.claim.merge-next-gone");
        }
        if (next.status() == ClaimStatus.APPROVED) {
            throw new InvalidInputException("error.claim.merge-next-approved");
        }
        ArticleSnapshot article = changes.article(claim);
        String text = article.text();
        ClaimState before = claim.state(text);
        ClaimState nextBefore = next.state(text);
        claim.moveTo(new Span(claim.start(), next.end()), changes.now());
        claim.rehint(drafter.hint(claim.span().of(text), article.language()));
        next.mergeInto(claim.id());
        history.record(claim, ClaimAction.MERGED, before, claim.state(text));
        history.record(next, ClaimAction.MERGED_INTO, nextBefore, next.state(text));
    }

    /**
     * Undoes the claim's latest merge, if nothing moved its boundaries since: it gets back the span it had
     * before, and the claim merged into it is a claim again. Both are history rows; nothing is deleted.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void undoMerge(Long claimId) {
        Claim claim = changes.editable(claimId);
        ClaimHistoryEntry last = past.findByClaimIdOrderByIdAsc(claimId).stream()
                .filter(h -> SPAN_CHANGES.contains(h.item().action())).reduce((a, b) -> b).orElse(null);
        Claim merged = claims.findByArticleIdOrderByStartAscIdAsc(claim.articleId()).stream()
                .filter(c -> claim.id().equals(c.mergedInto()) && c.end() == claim.end()).findFirst().orElse(null);
        if (last == null || last.item().action() != ClaimAction.MERGED || merged == null) {
            throw new InvalidInputException("error.claim.unmerge-not-merged");
        }
        ClaimState was = json.readValue(last.item().before(), ClaimState.class);
        ArticleSnapshot article = changes.article(claim);
        String text = article.text();
        ClaimState before = claim.state(text);
        ClaimState mergedBefore = merged.state(text);
        claim.moveTo(new Span(was.start(), was.end()), changes.now());
        claim.rehint(drafter.hint(claim.span().of(text), article.language()));
        merged.mergeInto(null);
        history.record(claim, ClaimAction.MERGE_UNDONE, before, claim.state(text));
        history.record(merged, ClaimAction.UNMERGED, mergedBefore, merged.state(text));
    }

    private static final java.util.Set<ClaimAction> SPAN_CHANGES = java.util.EnumSet.of(ClaimAction.SPLIT,
            ClaimAction.MERGED, ClaimAction.MERGE_UNDONE, ClaimAction.BOUNDARIES_ADJUSTED);

    /** Moves a claim's boundaries; it may not overlap its neighbours or leave the article. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void adjust(Long claimId, int start, int end) {
        Claim claim = changes.editable(claimId);
        ArticleSnapshot article = changes.article(claim);
        String text = article.text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException("error.claim.bounds-outside", text.length());
        }
        Span span = trimmed(text, start, end);
        if (span == null) {
            throw new InvalidInputException("error.claim.bounds-empty");
        }
        for (Claim other : claims.findActive(claim.articleId())) {
            if (!other.id().equals(claim.id()) && other.start() < span.end() && span.start() < other.end()) {
                throw new InvalidInputException("error.claim.bounds-overlap",
                        abbreviated(other.span().of(text)));
            }
        }
        ClaimState before = claim.state(text);
        claim.moveTo(span, changes.now());
        claim.rehint(drafter.hint(span.of(text), article.language()));
        history.record(claim, ClaimAction.BOUNDARIES_ADJUSTED, before, claim.state(text));
    }

    private static Span trimmed(String text, int from, int to) {
        int s = Math.max(0, from);
        int e = Math.min(text.length(), to);
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? new Span(s, e) : null;
    }

    private static String abbreviated(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
