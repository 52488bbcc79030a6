package org.claimdesk.export;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.article.ArticleRevisionService;
import org.claimdesk.article.ArticleRevisionView;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.article.LanguageChange;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.claim.ClaimRestore;
import org.claimdesk.claim.ClaimRestorer;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.RetiredClaimRestore;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.export.ExportDocument.HistoryDoc;
import org.claimdesk.export.ExportDocument.RetiredClaimDoc;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.ClaimAssignmentView;
import org.claimdesk.review.CommentView;
import org.claimdesk.review.DiscussionRestorer;
import org.claimdesk.review.ReviewRestorer;
import org.claimdesk.review.VerdictRestore;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.AccountDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Admins restore a JSON export into this ClaimDesk: a restore, not a forgery. The document meets every rule
 * the UI and API enforce ({@link RestoreCheck}, then each feature's own as it stores); rows keep their original
 * authors and times, the article is marked {@link ImportMethod#RESTORE}, and every claim's history gains a row
 * naming the admin and the time of the restore. All of it in one transaction, or nothing.
 */
@Service
public class ExportImporter {

    private final ArticleService articles;
    private final ArticleLanguageService languages;
    private final ClaimRestorer claims;
    private final ReviewRestorer reviews;
    private final DiscussionRestorer discussions;
    private final ArticleRevisionService revisions;
    private final AccountDirectory accounts;
    private final Clock clock;

    ExportImporter(ArticleService articles, ArticleLanguageService languages, ClaimRestorer claims,
            ReviewRestorer reviews, DiscussionRestorer discussions, ArticleRevisionService revisions,
            AccountDirectory accounts, Clock clock) {
        this.revisions = revisions;
        this.discussions = discussions;
        this.articles = articles;
        this.languages = languages;
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
        List<ExportDocument.RevisionDoc> texts = doc.revisions();
        String imported = texts.isEmpty() ? a.text() : texts.getFirst().text();
        Long articleId = articles.restore(new ArticleDraft(a.title(), imported, a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn(), a.language()), ImportMethod.RESTORE, a.importedBy(), a.importedAt());
        if (!articles.get(articleId).text().equals(imported)) {
            throw new InvalidInputException("error.restore.text-not-normal");
        }
        revisions.restore(articleId, texts.stream().skip(1).map(r -> new ArticleRevisionView(r.revision(), r.text(),
                r.language(), r.fetchedBy(), r.fetchedAt())).toList());
        int latest = Math.max(1, texts.size());
        Map<Long, Long> claimIds = claims.restore(articleId, doc.claims().stream().map(c -> claim(c, latest)).toList(),
                doc.retiredClaims().stream().map(r -> retired(r, latest)).toList());
        languages.restore(articleId, doc.languageChanges().stream().map(c -> new LanguageChange(articleId, c.who(),
                c.when(), c.from(), c.to(), renumbered(c.retiredClaims(), claimIds),
                renumbered(c.createdClaims(), claimIds))).toList());
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
        discussions.restore(articleId, claimIds,
                doc.claims().stream().flatMap(c -> c.comments().stream()
                        .map(m -> new CommentView(null, c.id(), m.who(), m.when(), m.text()))).toList(),
                doc.claims().stream().flatMap(c -> c.assignments().stream()
                        .map(x -> new ClaimAssignmentView(c.id(), x.reviewer(), x.by(), x.when()))).toList());
        return articleId;
    }

    private static List<Long> renumbered(List<Long> exported, Map<Long, Long> ids) {
        return exported.stream().map(ids::get).toList();
    }

    /** A retired claim as it stood when it was retired (its history keeps the hint, not the hint's reason). */
    private RetiredClaimRestore retired(RetiredClaimDoc r, int latest) {
        JsonNode state = r.history().stream().filter(h -> ClaimAction.RETIRED.name().equals(h.action()))
                .map(HistoryDoc::before).filter(b -> b != null && b.isObject()).reduce((a, b) -> b)
                .orElseThrow(() -> new InvalidInputException("error.restore.retired-no-row", r.id()));
        ClaimRestore claim = new ClaimRestore(r.id(), r.start(), r.end(), text(state, "shortForm"), r.speaker(),
                ImportRules.enumValue(Checkworthiness.class, text(state, "checkworthiness"), "error.restore.checkworthiness"), "",
                false, state.path("dismissed").asBoolean(false),
                state.hasNonNull("mergedInto") ? state.get("mergedInto").asLong() : null,
                ImportRules.enumValue(ClaimStatus.class, text(state, "status"), "error.restore.claim-status"), r.retiredAt(),
                history(r.id(), r.history()), state.hasNonNull("revision") ? state.get("revision").asInt() : latest, null);
        return new RetiredClaimRestore(claim, r.retiredBy(), r.retiredAt());
    }

    private static String text(JsonNode state, String field) {
        JsonNode value = state.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    private static Attribution attribution(String name) {
        return name == null ? null : Attribution.valueOf(name);
    }

    /** Values {@link RestoreCheck} has read already; the claim feature applies its own rules as it stores. */
    private ClaimRestore claim(ClaimDoc c, int latest) {
        return new ClaimRestore(c.id(), c.start(), c.end(), c.shortForm(), c.speaker(),
                Checkworthiness.valueOf(c.checkworthiness()), c.checkworthinessReason(),
                c.checkworthinessOverridden(), c.dismissed(), c.mergedInto(), ClaimStatus.valueOf(c.status()),
                c.textChangedAt(), history(c.id(), c.history()), c.revision() == null ? latest : c.revision(), c.stale());
    }

    private static List<ClaimHistoryItem> history(Long claimId, List<HistoryDoc> rows) {
        return rows.stream().map(h -> new ClaimHistoryItem(null, claimId, ClaimAction.valueOf(h.action()), h.who(),
                h.when(), h.before() == null || h.before().isNull() ? null : h.before().toString(),
                h.after() == null || h.after().isNull() ? null : h.after().toString())).toList();
    }

    private static java.util.List<org.claimdesk.review.Source> sources(java.util.List<ExportDocument.SourceDoc> docs) {
        return docs == null ? java.util.List.of() : docs.stream().map(d -> d == null ? null : d.source()).toList(); // a null is refused by the source rules
    }
}
