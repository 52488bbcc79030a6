package org.claimdesk.export;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.archive.SourceArchive;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.LanguageChange;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.claim.ClaimRecord;
import org.claimdesk.claim.ClaimState;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.export.ExportDocument.ArticleDoc;
import org.claimdesk.export.ExportDocument.AssignmentDoc;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.export.ExportDocument.CommentDoc;
import org.claimdesk.export.ExportDocument.DecisionDoc;
import org.claimdesk.export.ExportDocument.HistoryDoc;
import org.claimdesk.export.ExportDocument.LanguageChangeDoc;
import org.claimdesk.export.ExportDocument.RetiredClaimDoc;
import org.claimdesk.export.ExportDocument.ReviewDoc;
import org.claimdesk.export.ExportDocument.VerdictDoc;
import org.claimdesk.review.ClaimAssignmentView;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.CommentView;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.VerdictView;
import tools.jackson.databind.json.JsonMapper;

/** Assembles the full JSON export from what the features read out, as the exporting user may see it. */
final class ExportDocuments {

    /** The article's comments and single-claim assignments, by claim. */
    record Discussions(Map<Long, List<CommentView>> byClaim, Map<Long, List<ClaimAssignmentView>> assignedByClaim) {

        static Discussions of(List<CommentView> comments, List<ClaimAssignmentView> assignments) {
            return new Discussions(comments.stream().collect(Collectors.groupingBy(CommentView::claimId)),
                    assignments.stream().collect(Collectors.groupingBy(ClaimAssignmentView::claimId)));
        }

        List<CommentView> comments(Long claimId) {
            return byClaim.getOrDefault(claimId, List.of());
        }

        List<ClaimAssignmentView> assignments(Long claimId) {
            return assignedByClaim.getOrDefault(claimId, List.of());
        }
    }

    private final JsonMapper json;

    ExportDocuments(JsonMapper json) {
        this.json = json;
    }

    ExportDocument build(ArticleSnapshot a, boolean blind, List<String> assigned, List<ClaimRecord> claims,
            List<ClaimReview> reviews, List<VerdictView> revisions, List<ClaimHistoryItem> history,
            List<LanguageChange> languageChanges, Discussions discussions, Map<String, SourceArchive> archives) {
        Map<Long, List<VerdictView>> verdicts = revisions.stream().collect(Collectors.groupingBy(VerdictView::claimId));
        Map<Long, List<DecisionView>> decisions = reviews.stream()
                .collect(Collectors.toMap(r -> r.claim().id(), ClaimReview::decisions));
        Map<Long, List<ClaimHistoryItem>> events = history.stream()
                .collect(Collectors.groupingBy(ClaimHistoryItem::claimId));
        List<ClaimDoc> claimDocs = claims.stream().map(c -> claim(c, verdicts.getOrDefault(c.view().id(), List.of()),
                decisions.getOrDefault(c.view().id(), List.of()), events.getOrDefault(c.view().id(), List.of()), archives,
                discussions)).toList();
        Set<Long> current = claims.stream().map(c -> c.view().id()).collect(Collectors.toSet());
        List<RetiredClaimDoc> retired = events.entrySet().stream().filter(e -> !current.contains(e.getKey()))
                .map(e -> retired(e.getKey(), e.getValue())).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(RetiredClaimDoc::retiredAt).thenComparing(RetiredClaimDoc::start))
                .toList();
        return new ExportDocument(ExportDocument.FORMAT, ExportDocument.VERSION,
                new ArticleDoc(a.id(), a.title(), a.text(), a.sourceUrl(), a.publisher(), a.author(), a.publishedOn(),
                        a.importMethod().name(), a.importedBy(), a.importedAt(), a.language()),
                new ReviewDoc(blind, assigned), claimDocs, retired, languageChanges.stream()
                        .map(c -> new LanguageChangeDoc(c.actor(), c.at(), c.before(), c.after(), c.retiredClaims(),
                                c.createdClaims())).toList());
    }

    /** A claim with history but no row any more was retired by a language change: its last state before that. */
    private java.util.Optional<RetiredClaimDoc> retired(Long id, List<ClaimHistoryItem> history) {
        return history.stream().filter(h -> h.action() == ClaimAction.RETIRED && h.before() != null)
                .reduce((first, second) -> second).map(last -> {
                    ClaimState state = json.readValue(last.before(), ClaimState.class);
                    return new RetiredClaimDoc(id, state.start(), state.end(), state.text(), state.speaker(), last.at(),
                            last.actor(), history.stream().map(this::history).toList());
                });
    }

    private HistoryDoc history(ClaimHistoryItem h) {
        return new HistoryDoc(h.action().name(), h.actor(), h.at(), h.before() == null ? null : json.readTree(h.before()),
                h.after() == null ? null : json.readTree(h.after()));
    }

    private ClaimDoc claim(ClaimRecord record, List<VerdictView> verdicts, List<DecisionView> decisions,
            List<ClaimHistoryItem> history, Map<String, SourceArchive> archives, Discussions discussions) {
        ClaimView c = record.view();
        return new ClaimDoc(c.id(), c.ordinal(), c.start(), c.end(), c.text(), c.shortForm(), c.speaker(),
                c.checkworthiness().name(), c.checkworthinessReason(), c.checkworthinessOverridden(), c.dismissed(),
                record.mergedInto(), c.status().name(), c.textChangedAt(),
                verdicts.stream().map(v -> new VerdictDoc(v.id(), v.reviewer(), v.revision(), v.verdict().name(),
                        v.rationale(), docs(v.sources(), archives), v.createdAt(), name(v.attribution()))).toList(),
                decisions.stream().map(d -> new DecisionDoc(d.id(), d.editor(), d.revision(), d.verdict().name(),
                        d.rationale(), docs(d.sources(), archives), d.adoptedVerdictId(), d.correctionNote(), d.createdAt(),
                        name(d.attribution()))).toList(),
                history.stream().map(this::history).toList(), c.stale(),
                discussions.comments(c.id()).stream().map(m -> new CommentDoc(m.author(), m.createdAt(), m.text())).toList(),
                discussions.assignments(c.id()).stream()
                        .map(a -> new AssignmentDoc(a.reviewer(), a.assignedBy(), a.assignedAt())).toList());
    }

    private static List<ExportDocument.SourceDoc> docs(List<org.claimdesk.review.Source> sources,
            Map<String, SourceArchive> archives) {
        return sources.stream().map(s -> ExportDocument.SourceDoc.of(s, archives.get(s.url()))).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
