package org.claimdesk.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleRevisionService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an article's new text as its next revision and moves its claims there, in one transaction: a claim
 * whose words are unchanged gets new offsets and keeps its verdicts; one whose sentence was edited moves to the
 * edited sentence and is marked stale; one that cannot be placed confidently stays on the old text, marked stale
 * as removed, and is reported. Sentences no claim holds become new claims. Every change is a history row.
 */
@Service
class ClaimReanchorer {

    private final ClaimRepository claims;
    private final ClaimHistoryWriter history;
    private final ArticleService articles;
    private final ArticleRevisionService revisions;
    private final java.time.Clock clock;
    private final ClaimDrafter drafter = new ClaimDrafter();
    private final Reanchoring reanchoring = new Reanchoring();

    ClaimReanchorer(ClaimRepository claims, ClaimHistoryWriter history, ArticleService articles,
            ArticleRevisionService revisions, java.time.Clock clock) {
        this.claims = claims;
        this.history = history;
        this.articles = articles;
        this.revisions = revisions;
        this.clock = clock;
    }

    @Transactional
    RecheckResult apply(ArticleSnapshot fetchedAgainst, String newText, String language) {
        ArticleSnapshot article = articles.get(fetchedAgainst.id());
        if (article.revision() != fetchedAgainst.revision()) {
            throw new ConflictException("error.recheck.meanwhile");
        }
        int revision = revisions.addRevision(article.id(), newText, language);
        Instant now = clock.instant();
        List<Claim> current = claims.findActive(article.id()).stream()
                .filter(c -> c.revision() == article.revision()).toList();
        List<Reanchoring.Anchor> anchors = current.stream()
                .map(c -> new Reanchoring.Anchor(c.id(), c.span().of(article.text()))).toList();
        List<ClaimDrafter.Draft> drafts = drafter.draft(newText, language != null ? language : article.language());
        Map<Long, Reanchoring.Placement> placed = reanchoring.place(anchors, newText,
                drafts.stream().map(ClaimDrafter.Draft::span).toList());
        List<Long> stale = new ArrayList<>();
        List<Long> unplaced = new ArrayList<>();
        List<Span> held = new ArrayList<>();
        for (Claim claim : current) {
            ClaimState before = claim.state(article.text());
            String oldWords = before.text();
            switch (placed.get(claim.id())) {
                case Reanchoring.Exact exact -> {
                    claim.shift(exact.span(), revision);
                    held.add(exact.span());
                    history.record(claim, ClaimAction.REANCHORED, before, claim.state(newText));
                }
                case Reanchoring.Edited edited -> {
                    claim.shift(edited.span(), revision);
                    claim.moveTo(edited.span(), now);
                    claim.markStale(StaleReason.CHANGED, oldWords, edited.span().of(newText), now);
                    held.add(edited.span());
                    stale.add(claim.id());
                    history.record(claim, ClaimAction.MARKED_STALE, before, claim.state(newText));
                }
                case Reanchoring.Unplaced none -> {
                    claim.markStale(StaleReason.REMOVED, oldWords, null, now);
                    stale.add(claim.id());
                    unplaced.add(claim.id());
                    history.record(claim, ClaimAction.MARKED_STALE, before, claim.state(article.text()));
                }
            }
        }
        retryUnplaced(article, drafts, held, revision, newText, now, stale, unplaced);
        addNewSentences(article.id(), drafts, held, revision, newText, now);
        return new RecheckResult(true, revision, List.copyOf(stale), List.copyOf(unplaced));
    }

    /**
     * Claims an earlier re-check could not place (still on an older revision) are tried again, around the spans
     * the current claims now hold. A sentence that came back unchanged takes its claim back and the claim stays
     * stale as it was (REMOVED, since its first date): the sentence was gone for a while and readers may have
     * seen the article without it, so only an editor's decision clears the mark. One that came back edited takes
     * the claim too and the mark becomes CHANGED (before: the words the verdicts were given on), reported in
     * {@code stale}. One still missing is reported in {@code unplaced} again, its mark and history unchanged.
     */
    private void retryUnplaced(ArticleSnapshot article, List<ClaimDrafter.Draft> drafts, List<Span> held,
            int revision, String newText, Instant now, List<Long> stale, List<Long> unplaced) {
        List<Claim> left = claims.findActive(article.id()).stream().filter(c -> c.revision() < article.revision())
                .toList();
        Map<Long, String> oldTexts = new java.util.HashMap<>();
        for (Claim c : left) {
            oldTexts.put(c.id(), revisions.textOf(article.id(), c.revision()));
        }
        Map<Long, Reanchoring.Placement> placed = reanchoring.place(left.stream()
                .map(c -> new Reanchoring.Anchor(c.id(), c.span().of(oldTexts.get(c.id())))).toList(), newText,
                drafts.stream().map(ClaimDrafter.Draft::span).toList(), held);
        for (Claim claim : left) {
            ClaimState before = claim.state(oldTexts.get(claim.id()));
            switch (placed.get(claim.id())) {
                case Reanchoring.Exact exact -> {
                    claim.shift(exact.span(), revision);
                    held.add(exact.span());
                    history.record(claim, ClaimAction.REANCHORED, before, claim.state(newText));
                }
                case Reanchoring.Edited edited -> {
                    claim.shift(edited.span(), revision);
                    claim.moveTo(edited.span(), now);
                    claim.markStale(StaleReason.CHANGED, before.text(), edited.span().of(newText), now);
                    held.add(edited.span());
                    stale.add(claim.id());
                    history.record(claim, ClaimAction.MARKED_STALE, before, claim.state(newText));
                }
                case Reanchoring.Unplaced none -> unplaced.add(claim.id());
            }
        }
    }

    private void addNewSentences(Long articleId, List<ClaimDrafter.Draft> drafts, List<Span> held, int revision,
            String newText, Instant now) {
        List<Claim> created = new ArrayList<>();
        for (ClaimDrafter.Draft draft : drafts) {
            if (!Reanchoring.overlapsAny(draft.span(), held)) {
                Claim claim = new Claim(articleId, draft.span(), draft.speaker(), draft.hint(), now);
                claim.shift(draft.span(), revision);
                created.add(claim);
            }
        }
        claims.saveAllAndFlush(created); // the claims' rows first: their history rows refer to them
        for (Claim claim : created) {
            history.record(claim, ClaimAction.CREATED, null, claim.state(newText));
        }
    }
}
