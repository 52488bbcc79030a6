package org.claimdesk.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.claim.ClaimRestore;
import org.claimdesk.claim.ClaimRestorer;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.ReviewRestorer;
import org.claimdesk.review.VerdictRestore;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.AccountDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins restore a JSON export into this ClaimDesk: a restore, not a forgery. The document meets every rule
 * the UI and API enforce ({@link RestoreCheck}, then each feature's own as it stores); rows keep their original
 * authors and times, the article is marked {@link ImportMethod#RESTORE}, and every claim's history gains a row
 * naming the admin and the time of the restore. All of it in one transaction, or nothing.
 */
@Service
public class ExportImporter {

    private final ArticleService articles;
    private final ClaimRestorer claims;
    private final ReviewRestorer reviews;
    private final AccountDirectory accounts;
    private final Clock clock;

    ExportImporter(ArticleService articles, ClaimRestorer claims, ReviewRestorer reviews, AccountDirectory accounts,
            Clock clock) {
        this.articles = articles;
        this.claims = claims;
        this.reviews = reviews;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Long importDocument(ExportDocument doc) {
        new RestoreCheck(clock.instant(), new Actors(accounts::roleOf)).check(doc);
        var a = doc.article();
        Long articleId = articles.restore(new ArticleDraft(a.title(), a.text(), a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn()), ImportMethod.RESTORE, a.importedBy(), a.importedAt());
        if (!articles.get(articleId).text().equals(a.text())) {
            throw new InvalidInputException("error.restore.text-not-normal");
        }
        Map<Long, Long> claimIds = claims.restore(articleId, doc.claims().stream().map(this::claim).toList());
        List<VerdictRestore> verdicts = new ArrayList<>();
        List<VerdictRestore> decisions = new ArrayList<>();
        for (ClaimDoc c : doc.claims()) {
            c.verdicts().forEach(v -> verdicts.add(new VerdictRestore(v.id(), c.id(), v.reviewer(), v.revision(),
                    VerdictType.valueOf(v.verdict()), v.rationale(), sources(v.sources()), null, null, v.createdAt(),
                    attribution(v.attribution()))));
            c.decisions().forEach(d -> decisions.add(new VerdictRestore(d.id(), c.id(), d.editor(), d.revision(),
                    VerdictType.valueOf(d.verdict()), d.rationale(), sources(d.sources()), d.adoptedVerdictId(),
                    d.correctionNote(), d.createdAt(), attribution(d.attribution()))));
        }
        reviews.restore(articleId, claimIds, verdicts, decisions, doc.review().blind(), doc.review().assignedReviewers());
        return articleId;
    }

    private static Attribution attribution(String name) {
        return name == null ? null : Attribution.valueOf(name);
    }

    /** Values {@link RestoreCheck} has read already; the claim feature applies its own rules as it stores. */
    private ClaimRestore claim(ClaimDoc c) {
        List<ClaimHistoryItem> history = c.history().stream()
                .map(h -> new ClaimHistoryItem(null, c.id(), ClaimAction.valueOf(h.action()), h.who(), h.when(),
                        h.before() == null || h.before().isNull() ? null : h.before().toString(),
                        h.after() == null || h.after().isNull() ? null : h.after().toString())).toList();
        return new ClaimRestore(c.id(), c.start(), c.end(), c.shortForm(), c.speaker(),
                Checkworthiness.valueOf(c.checkworthiness()), c.checkworthinessReason(),
                c.checkworthinessOverridden(), c.dismissed(), c.mergedInto(), ClaimStatus.valueOf(c.status()),
                c.textChangedAt(), history);
    }

    private static java.util.List<org.claimdesk.review.Source> sources(java.util.List<ExportDocument.SourceDoc> docs) {
        return docs == null ? java.util.List.of() : docs.stream().map(d -> d == null ? null : d.source()).toList(); // a null is refused by the source rules
    }
}
