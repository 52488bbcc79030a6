package org.claimdesk.claim;

import java.time.Clock;
import java.util.function.Consumer;

import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.InvalidInputException;
import org.springframework.stereotype.Service;

/** What every claim edit shares: finding an editable claim, and recording its change as a history row. */
@Service
class ClaimChanges {

    private final ClaimRepository claims;
    private final ClaimHistoryWriter history;
    private final ArticleService articles;
    private final Clock clock;

    ClaimChanges(ClaimRepository claims, ClaimHistoryWriter history, ArticleService articles, Clock clock) {
        this.claims = claims;
        this.history = history;
        this.articles = articles;
        this.clock = clock;
    }

    /** Applies {@code edit} to the claim and records its state before and after, in the caller's transaction. */
    void change(Long claimId, ClaimAction action, Consumer<Claim> edit) {
        Claim claim = editable(claimId);
        String text = text(claim);
        ClaimState before = claim.state(text);
        edit.accept(claim);
        history.record(claim, action, before, claim.state(text));
    }

    /** An active claim that is not approved: the only kind a reviewer may change. */
    Claim editable(Long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> ClaimService.notFound(claimId));
        if (!claim.active()) {
            throw new InvalidInputException("error.claim.merged", claim.mergedInto());
        }
        if (claim.status() == ClaimStatus.APPROVED) {
            throw new InvalidInputException("error.claim.approved");
        }
        if (claim.revision() != article(claim).revision()) {
            throw new InvalidInputException("error.claim.gone");
        }
        return claim;
    }

    String text(Claim claim) {
        return article(claim).text();
    }

    /** The claim's article: its frozen text, and its language, which the hint rules read (null: generic rules). */
    ArticleSnapshot article(Claim claim) {
        return articles.get(claim.articleId());
    }

    java.time.Instant now() {
        return clock.instant();
    }
}
