package org.claimdesk.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimdesk.base.Label;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.export.ExportDocument.ArticleDoc;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.export.ExportDocument.DecisionDoc;
import org.claimdesk.export.ExportDocument.HistoryDoc;
import org.claimdesk.export.ExportDocument.VerdictDoc;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.Role;
import tools.jackson.databind.JsonNode;

/**
 * One claim's verdicts, decisions and history, as the workflow could have written them: verdicts by
 * reviewers (numbered 1, 2, ... per reviewer, none after approval), decisions by editors (corrections with a
 * note), history rows by the person whose action they record.
 */
final class ReviewCheck {

    private final RestoreCheck times;
    private final Actors actors;
    private final ArticleDoc article;
    private final Set<Long> verdictIds = new HashSet<>();
    private final Set<String> creators = new HashSet<>();

    /**
     * {@code resplitBy}: who changed the article's language or re-checked it, which split it again or added its new
     * sentences, and so created claims too.
     */
    ReviewCheck(RestoreCheck times, Actors actors, ArticleDoc article, Set<String> resplitBy) {
        this.times = times;
        this.actors = actors;
        this.article = article;
        this.creators.add(article.importedBy());
        this.creators.addAll(resplitBy);
    }

    void check(ClaimDoc c) {
        Label where = new Label("error.restore.where-claim", c.id());
        // in revision order: ids, and so the export's order, need not follow time across several instances
        List<VerdictDoc> verdicts = c.verdicts().stream().sorted(Comparator.comparingInt(VerdictDoc::revision)).toList();
        List<DecisionDoc> decisions = c.decisions().stream().sorted(Comparator.comparingInt(DecisionDoc::revision))
                .toList();
        Instant approved = decisions.isEmpty() ? null : decisions.getFirst().createdAt();
        Map<String, Integer> revisions = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        Set<Long> ownVerdicts = new HashSet<>();
        for (VerdictDoc v : verdicts) {
            Label what = new Label("error.restore.where-verdict", where, v.id());
            if (v.id() == null || !verdictIds.add(v.id())) {
                throw RestoreCheck.invalid("error.restore.no-own-id", what);
            }
            ownVerdicts.add(v.id());
            actors.require(v.reviewer(), "error.restore.as-verdict-author", Role.REVIEWER);
            ImportRules.enumValue(VerdictType.class, v.verdict(), "error.restore.verdict");
            attribution(c, v.attribution(), what);
            times.time(v.createdAt(), last.getOrDefault(v.reviewer(), article.importedAt()),
                    new Label("error.restore.time-of", what));
            if (v.revision() != revisions.merge(v.reviewer(), 1, Integer::sum)) {
                throw RestoreCheck.invalid("error.restore.revision-order", what, v.revision(), v.reviewer());
            }
            if (approved != null && v.createdAt().isAfter(approved)) {
                throw RestoreCheck.invalid("error.restore.verdict-after-approval", what);
            }
            last.put(v.reviewer(), v.createdAt());
        }
        Instant previous = article.importedAt();
        for (int i = 0; i < decisions.size(); i++) {
            DecisionDoc d = decisions.get(i);
            Label what = new Label("error.restore.where-decision", where, i + 1);
            actors.require(d.editor(), "error.restore.as-decision-author", Role.EDITOR);
            ImportRules.enumValue(VerdictType.class, d.verdict(), "error.restore.verdict");
            attribution(c, d.attribution(), what);
            times.time(d.createdAt(), previous, new Label("error.restore.time-of", what));
            previous = d.createdAt();
            boolean noted = d.correctionNote() != null && !d.correctionNote().isBlank();
            if (d.revision() != i + 1 || noted != (i > 0)) {
                throw RestoreCheck.invalid(i > 0 ? "error.restore.decision-correction"
                        : "error.restore.decision-first", what, i + 1);
            }
            if (d.adoptedVerdictId() != null && !ownVerdicts.contains(d.adoptedVerdictId())) {
                throw RestoreCheck.invalid("error.restore.adopts-foreign", what);
            }
        }
        for (HistoryDoc h : c.history()) {
            history(c, h, where);
        }
        discussion(c, where);
    }

    /** Comments by reviewers and editors, claims assigned to reviewers by editors, each at a plausible time. */
    private void discussion(ClaimDoc c, Label where) {
        if (RestoreCheck.hasEmptyEntry(c.comments()) || RestoreCheck.hasEmptyEntry(c.assignments())) {
            throw RestoreCheck.invalid("error.restore.discussion-empty", where);
        }
        for (ExportDocument.CommentDoc m : c.comments()) {
            actors.require(m.who(), "error.restore.as-comment-author", Role.REVIEWER, Role.EDITOR);
            times.time(m.when(), article.importedAt(), new Label("error.restore.comment-time", where));
        }
        for (ExportDocument.AssignmentDoc a : c.assignments()) {
            actors.require(a.reviewer(), "error.restore.as-claim-assignee", Role.REVIEWER);
            actors.require(a.by(), "error.restore.as-assigning-editor", Role.EDITOR);
            times.time(a.when(), article.importedAt(), new Label("error.restore.assignment-time", where));
        }
    }

    /** An attribution finding is a known one, and only on a claim with a speaker, as a submission requires. */
    private static void attribution(ClaimDoc c, String attribution, Label what) {
        if (attribution == null) {
            return;
        }
        ImportRules.enumValue(Attribution.class, attribution, "error.restore.attribution");
        if (c.speaker() == null || c.speaker().isBlank()) {
            throw RestoreCheck.invalid("error.restore.attribution-without-speaker", what);
        }
    }

    /** A history row of {@code c}; null for a retired claim, which no verdict can have changed. */
    void history(ClaimDoc c, HistoryDoc h, Label where) {
        Label what = new Label("error.restore.where-history", where, h.action());
        times.time(h.when(), article.importedAt(), new Label("error.restore.time-of", what));
        if (!object(h.before()) || !object(h.after())) {
            throw RestoreCheck.invalid("error.restore.state-not-object", what);
        }
        ClaimAction action = Arrays.stream(ClaimAction.values()).filter(a -> a.name().equals(h.action())).findFirst()
                .orElseThrow(() -> RestoreCheck.invalid("error.restore.unknown-action", what));
        switch (action) {
            case CREATED -> {
                if (!creators.contains(h.who())) {
                    throw RestoreCheck.invalid("error.restore.created-by-other", what, h.who(),
                            article.importedBy());
                }
            }
            case STATUS_CHANGED -> {
                if (c == null) {
                    throw RestoreCheck.invalid("error.restore.retired-status", what);
                }
                statusChange(c, h, what);
            }
            case RESTORED_FROM_EXPORT -> actors.require(h.who(), "error.restore.as-restore-admin", Role.ADMIN);
            default -> actors.require(h.who(), "error.restore.as-edit-author", Role.values());
        }
    }

    /** A status change is written by the reviewer whose verdict, or the editor whose decision, caused it. */
    private void statusChange(ClaimDoc c, HistoryDoc h, Label what) {
        JsonNode status = h.after() == null ? null : h.after().get("status");
        ClaimStatus to = ImportRules.enumValue(ClaimStatus.class, status == null || !status.isString() ? null
                : status.asString(), "error.restore.history-status");
        boolean approval = to == ClaimStatus.APPROVED;
        actors.require(h.who(), "error.restore.as-status-author", approval ? Role.EDITOR : Role.REVIEWER);
        boolean caused = approval
                ? c.decisions().stream().anyMatch(d -> d.editor().equals(h.who()) && !d.createdAt().isAfter(h.when()))
                : c.verdicts().stream().anyMatch(v -> v.reviewer().equals(h.who()) && !v.createdAt().isAfter(h.when()));
        if (!caused) {
            throw RestoreCheck.invalid(approval ? "error.restore.status-without-decision"
                    : "error.restore.status-without-verdict", what, h.who());
        }
    }

    private static boolean object(JsonNode state) {
        return state == null || state.isNull() || state.isObject();
    }
}
