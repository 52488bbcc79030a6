package org.claimdesk.export;

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
import org.claimdesk.review.ReviewRestorer;
import org.claimdesk.review.VerdictRestore;
import org.claimdesk.review.VerdictType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Admins bring a JSON export into this ClaimDesk: all of it in one transaction, or nothing. */
@Service
public class ExportImporter {

    private final ArticleService articles;
    private final ClaimRestorer claims;
    private final ReviewRestorer reviews;

    ExportImporter(ArticleService articles, ClaimRestorer claims, ReviewRestorer reviews) {
        this.articles = articles;
        this.claims = claims;
        this.reviews = reviews;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Long importDocument(ExportDocument doc) {
        if (doc == null || !ExportDocument.FORMAT.equals(doc.format()) || doc.version() != ExportDocument.VERSION
                || doc.article() == null || doc.claims() == null) {
            throw new InvalidInputException("This is not a ClaimDesk article export (format '" + ExportDocument.FORMAT
                    + "', version " + ExportDocument.VERSION + ").");
        }
        var a = doc.article();
        Long articleId = articles.restore(new ArticleDraft(a.title(), a.text(), a.sourceUrl(), a.publisher(), a.author(),
                a.publishedOn()), enumValue(ImportMethod.class, a.importMethod()), a.importedBy(), a.importedAt());
        if (!articles.get(articleId).text().equals(a.text())) {
            throw new InvalidInputException("The article text of the export is not in ClaimDesk's normal form.");
        }
        Map<Long, Long> claimIds = claims.restore(articleId, doc.claims().stream().map(this::claim).toList());
        List<VerdictRestore> verdicts = new ArrayList<>();
        List<VerdictRestore> decisions = new ArrayList<>();
        for (ClaimDoc c : doc.claims()) {
            c.verdicts().forEach(v -> verdicts.add(new VerdictRestore(v.id(), c.id(), v.reviewer(), v.revision(),
                    enumValue(VerdictType.class, v.verdict()), v.rationale(), v.sources(), null, null, v.createdAt())));
            c.decisions().forEach(d -> decisions.add(new VerdictRestore(d.id(), c.id(), d.editor(), d.revision(),
                    enumValue(VerdictType.class, d.verdict()), d.rationale(), d.sources(), d.adoptedVerdictId(),
                    d.correctionNote(), d.createdAt())));
        }
        reviews.restore(articleId, claimIds, verdicts, decisions, doc.review() == null || doc.review().blind(),
                doc.review() == null ? List.of() : doc.review().assignedReviewers(), a.importedAt());
        return articleId;
    }

    private ClaimRestore claim(ClaimDoc c) {
        List<ClaimHistoryItem> history = c.history() == null ? List.of() : c.history().stream()
                .map(h -> new ClaimHistoryItem(null, c.id(), enumValue(ClaimAction.class, h.action()), h.who(), h.when(),
                        h.before() == null || h.before().isNull() ? null : h.before().toString(),
                        h.after() == null || h.after().isNull() ? null : h.after().toString())).toList();
        return new ClaimRestore(c.id(), c.start(), c.end(), c.shortForm(), c.speaker(),
                enumValue(Checkworthiness.class, c.checkworthiness()), c.checkworthinessReason(),
                c.checkworthinessOverridden(), c.dismissed(), c.mergedInto(), enumValue(ClaimStatus.class, c.status()),
                c.textChangedAt(), history);
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("The export has an unknown " + type.getSimpleName() + " '" + value + "'.");
        }
    }
}
