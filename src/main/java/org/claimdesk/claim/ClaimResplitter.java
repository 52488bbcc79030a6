package org.claimdesk.claim;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Splits an article again by another language's rules: every claim it has (merged ones too) is retired, with a
 * history row, and new claims come from the same drafter as at import, on the article's current text. Whether a
 * re-split is allowed (no verdict yet) is the caller's decision; both steps run inside the caller's transaction.
 */
@Service
public class ClaimResplitter {

    private final ClaimRepository claims;
    private final ClaimService claimService;
    private final ClaimHistoryWriter history;
    private final ArticleService articles;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ClaimDrafter drafter = new ClaimDrafter();

    ClaimResplitter(ClaimRepository claims, ClaimService claimService, ClaimHistoryWriter history,
            ArticleService articles, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.claimService = claimService;
        this.history = history;
        this.articles = articles;
        this.events = events;
        this.clock = clock;
    }

    /** Locks the article's claims until the caller's transaction ends, so no review lands on them meanwhile. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockClaims(Long articleId) {
        claims.lockAllOf(articleId);
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public ClaimsResplit resplit(Long articleId, String language) {
        ArticleSnapshot article = articles.get(articleId);
        Instant now = clock.instant();
        String actor = CurrentUser.require();
        List<Long> retired = new ArrayList<>();
        for (Claim old : claims.lockAllOf(articleId)) {
            ClaimState before = old.state(claimService.textOf(old, article));
            old.retire(actor, now);
            history.record(old, ClaimAction.RETIRED, before, null);
            retired.add(old.id());
        }
        claims.flush();
        List<Claim> created = new ArrayList<>();
        for (ClaimDrafter.Draft draft : drafter.draft(article.text(), language)) {
            Claim claim = new Claim(articleId, draft.span(), draft.speaker(), draft.hint(), now);
            claim.shift(draft.span(), article.revision());
            created.add(claim);
        }
        claims.saveAll(created);
        for (Claim claim : created) {
            history.record(claim, ClaimAction.CREATED, null, claim.state(article.text()));
        }
        ClaimsResplit done = new ClaimsResplit(articleId, language, retired, created.stream().map(Claim::id).toList());
        events.publishEvent(done);
        return done;
    }
}
