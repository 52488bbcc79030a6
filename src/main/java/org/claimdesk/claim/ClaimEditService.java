package org.claimdesk.claim;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.claimdesk.article.ArticleService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers correct the automatic split: short form, speaker, hint, split, merge, boundaries, dismiss,
 * restore. Every operation writes a history row (before, after) in its own transaction; claims keep their
 * ids, and a claim whose text changes gets a new {@code textChangedAt} so older verdicts can be flagged.
 */
@Service
public class ClaimEditService {

    static final int MAX_SHORT_FORM = 1000;
    static final int MAX_SPEAKER = 200;

    private final ClaimRepository claims;
    private final ClaimHistoryWriter history;
    private final ArticleService articles;
    private final Clock clock;
    private final ClaimDrafter drafter = new ClaimDrafter();

    ClaimEditService(ClaimRepository claims, ClaimHistoryWriter history, ArticleService articles, Clock clock) {
        this.claims = claims;
        this.history = history;
        this.articles = articles;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void editShortForm(Long claimId, String shortForm) {
        String value = shortForm == null || shortForm.isBlank() ? null : shortForm.strip();
        if (value != null && value.length() > MAX_SHORT_FORM) {
            throw new InvalidInputException("A short form may have at most " + MAX_SHORT_FORM + " characters.");
        }
        change(claimId, "SHORT_FORM_EDITED", c -> c.setShortForm(value, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void setSpeaker(Long claimId, String speaker) {
        String value = speaker == null || speaker.isBlank() ? null : speaker.strip();
        if (value != null && value.length() > MAX_SPEAKER) {
            throw new InvalidInputException("A speaker's name may have at most " + MAX_SPEAKER + " characters.");
        }
        change(claimId, "SPEAKER_SET", c -> c.setSpeaker(value));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void setCheckworthiness(Long claimId, Checkworthiness kind) {
        if (kind == null) {
            throw new InvalidInputException("Choose checkable fact, opinion, prediction or question.");
        }
        change(claimId, "CHECKWORTHINESS_SET", c -> c.overrideCheckworthiness(kind, CurrentUser.require()));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void dismiss(Long claimId) {
        change(claimId, "DISMISSED", c -> c.setDismissed(true));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void restore(Long claimId) {
        change(claimId, "RESTORED", c -> c.setDismissed(false));
    }

    /** Splits a claim at an offset of the article text; the second part becomes a new claim. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public Long split(Long claimId, int position) {
        Claim claim = editable(claimId);
        String text = articles.get(claim.articleId()).text();
        Span first = trimmed(text, claim.start(), position);
        Span second = trimmed(text, position, claim.end());
        if (position <= claim.start() || position >= claim.end() || first == null || second == null) {
            throw new InvalidInputException("Split inside the claim's text, so that both parts keep some text.");
        }
        Map<String, Object> before = claim.state(text);
        claim.moveTo(first, clock.instant());
        claim.rehint(drafter.hint(first.of(text)));
        Claim part = claims.save(new Claim(claim.articleId(), second, claim.speaker(),
                drafter.hint(second.of(text)), clock.instant()));
        history.record(claim, "SPLIT", before, claim.state(text));
        history.record(part, "SPLIT_OFF", null, part.state(text));
        return part.id();
    }

    /** Merges a claim with the one after it; the later claim is kept in history, pointing to this one. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void mergeWithNext(Long claimId) {
        Claim claim = editable(claimId);
        List<Claim> active = claims.findActive(claim.articleId());
        int index = active.indexOf(claim);
        if (index < 0 || index == active.size() - 1) {
            throw new InvalidInputException("This is the article's last claim; there is nothing after it to merge.");
        }
        Claim next = active.get(index + 1);
        if (next.status() == ClaimStatus.APPROVED) {
            throw new InvalidInputException("The next claim is approved; an approved claim cannot be merged.");
        }
        String text = articles.get(claim.articleId()).text();
        Map<String, Object> before = claim.state(text);
        Map<String, Object> nextBefore = next.state(text);
        claim.moveTo(new Span(claim.start(), next.end()), clock.instant());
        claim.rehint(drafter.hint(claim.span().of(text)));
        next.mergeInto(claim.id());
        history.record(claim, "MERGED", before, claim.state(text));
        history.record(next, "MERGED_INTO", nextBefore, next.state(text));
    }

    /** Moves a claim's boundaries; it may not overlap its neighbours or leave the article. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void adjust(Long claimId, int start, int end) {
        Claim claim = editable(claimId);
        String text = articles.get(claim.articleId()).text();
        if (start < 0 || end > text.length() || start >= end) {
            throw new InvalidInputException("The boundaries must lie within the article (0 to " + text.length()
                    + ") with the start before the end.");
        }
        Span span = trimmed(text, start, end);
        if (span == null) {
            throw new InvalidInputException("The new boundaries enclose no text.");
        }
        for (Claim other : claims.findActive(claim.articleId())) {
            if (!other.id().equals(claim.id()) && other.start() < span.end() && span.start() < other.end()) {
                throw new InvalidInputException("The new boundaries overlap the claim \"" + abbreviated(other.span()
                        .of(text)) + "\"; adjust or merge that one first.");
            }
        }
        Map<String, Object> before = claim.state(text);
        claim.moveTo(span, clock.instant());
        claim.rehint(drafter.hint(span.of(text)));
        history.record(claim, "BOUNDARIES_ADJUSTED", before, claim.state(text));
    }

    private void change(Long claimId, String action, Consumer<Claim> edit) {
        Claim claim = editable(claimId);
        String text = articles.get(claim.articleId()).text();
        Map<String, Object> before = claim.state(text);
        edit.accept(claim);
        history.record(claim, action, before, claim.state(text));
    }

    private Claim editable(Long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> ClaimService.notFound(claimId));
        if (!claim.active()) {
            throw new InvalidInputException("This claim was merged into claim " + claim.mergedInto() + "; edit that one.");
        }
        if (claim.status() == ClaimStatus.APPROVED) {
            throw new InvalidInputException("This claim is approved and locked; an editor can issue a correction.");
        }
        return claim;
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
