package org.claimdesk.export;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        String where = "Claim " + c.id() + " of the export";
        // in revision order: ids, and so the export's order, need not follow time across several instances
        List<VerdictDoc> verdicts = c.verdicts().stream().sorted(Comparator.comparingInt(VerdictDoc::revision)).toList();
        List<DecisionDoc> decisions = c.decisions().stream().sorted(Comparator.comparingInt(DecisionDoc::revision))
                .toList();
        Instant approved = decisions.isEmpty() ? null : decisions.getFirst().createdAt();
        Map<String, Integer> revisions = new HashMap<>();
        Map<String, Instant> last = new HashMap<>();
        Set<Long> ownVerdicts = new HashSet<>();
        for (VerdictDoc v : verdicts) {
            String what = where + ": the verdict " + v.id();
            if (v.id() == null || !verdictIds.add(v.id())) {
                throw RestoreCheck.invalid(what + " has no id of its own.");
            }
            ownVerdicts.add(v.id());
            actors.require(v.reviewer(), "the author of a verdict", Role.REVIEWER);
            ImportRules.enumValue(VerdictType.class, v.verdict(), "verdict");
            attribution(c, v.attribution(), what);
            times.time(v.createdAt(), last.getOrDefault(v.reviewer(), article.importedAt()), what + "'s time");
            if (v.revision() != revisions.merge(v.reviewer(), 1, Integer::sum)) {
                throw RestoreCheck.invalid(what + " is revision " + v.revision() + " by " + v.reviewer()
                        + "; revisions count 1, 2, 3 ... per reviewer.");
            }
            if (approved != null && v.createdAt().isAfter(approved)) {
                throw RestoreCheck.invalid(what + " was given after the claim was approved, which ClaimDesk refuses.");
            }
            last.put(v.reviewer(), v.createdAt());
        }
        Instant previous = article.importedAt();
        for (int i = 0; i < decisions.size(); i++) {
            DecisionDoc d = decisions.get(i);
            String what = where + ": decision " + (i + 1);
            actors.require(d.editor(), "the author of a decision", Role.EDITOR);
            ImportRules.enumValue(VerdictType.class, d.verdict(), "verdict");
            attribution(c, d.attribution(), what);
            times.time(d.createdAt(), previous, what + "'s time");
            previous = d.createdAt();
            boolean noted = d.correctionNote() != null && !d.correctionNote().isBlank();
            if (d.revision() != i + 1 || noted != (i > 0)) {
                throw RestoreCheck.invalid(what + " must be revision " + (i + 1) + (i > 0 ? ", a correction with a"
                        + " public note." : " without a correction note."));
            }
            if (d.adoptedVerdictId() != null && !ownVerdicts.contains(d.adoptedVerdictId())) {
                throw RestoreCheck.invalid(what + " adopts a verdict that does not belong to this claim.");
            }
        }
        for (HistoryDoc h : c.history()) {
            history(c, h, where);
        }
        discussion(c, where);
    }

    /** Comments by reviewers and editors, claims assigned to reviewers by editors, each at a plausible time. */
    private void discussion(ClaimDoc c, String where) {
        if (RestoreCheck.hasEmptyEntry(c.comments()) || RestoreCheck.hasEmptyEntry(c.assignments())) {
            throw RestoreCheck.invalid(where + " has an empty entry in its comments or assignments.");
        }
        for (ExportDocument.CommentDoc m : c.comments()) {
            actors.require(m.who(), "the author of a comment", Role.REVIEWER, Role.EDITOR);
            times.time(m.when(), article.importedAt(), where + ": a comment's time");
        }
        for (ExportDocument.AssignmentDoc a : c.assignments()) {
            actors.require(a.reviewer(), "a reviewer assigned to a claim", Role.REVIEWER);
            actors.require(a.by(), "the editor of an assignment", Role.EDITOR);
            times.time(a.when(), article.importedAt(), where + ": an assignment's time");
        }
    }

    /** An attribution finding is a known one, and only on a claim with a speaker, as a submission requires. */
    private static void attribution(ClaimDoc c, String attribution, String what) {
        if (attribution == null) {
            return;
        }
        ImportRules.enumValue(Attribution.class, attribution, "attribution");
        if (c.speaker() == null || c.speaker().isBlank()) {
            throw RestoreCheck.invalid(what + " answers whether a speaker said it, but the claim has no speaker.");
        }
    }

    /** A history row of {@code c}; null for a retired claim, which no verdict can have changed. */
    void history(ClaimDoc c, HistoryDoc h, String where) {
        String what = where + ": the history row '" + h.action() + "'";
        times.time(h.when(), article.importedAt(), what + "'s time");
        if (!object(h.before()) || !object(h.after())) {
            throw RestoreCheck.invalid(what + " holds a state that is not a JSON object.");
        }
        ClaimAction action = Arrays.stream(ClaimAction.values()).filter(a -> a.name().equals(h.action())).findFirst()
                .orElseThrow(() -> RestoreCheck.invalid(what + " is not an action ClaimDesk records."));
        switch (action) {
            case CREATED -> {
                if (!creators.contains(h.who())) {
                    throw RestoreCheck.invalid(what + " names " + h.who() + ", but " + article.importedBy()
                            + " imported the article, which created its claims, and " + h.who()
                            + " never changed its language or re-checked it.");
                }
            }
            case STATUS_CHANGED -> {
                if (c == null) {
                    throw RestoreCheck.invalid(what + " changes the status of a retired claim, which had no verdict.");
                }
                statusChange(c, h, what);
            }
            case RESTORED_FROM_EXPORT -> actors.require(h.who(), "the admin of a restore", Role.ADMIN);
            default -> actors.require(h.who(), "the author of a claim edit", Role.values());
        }
    }

    /** A status change is written by the reviewer whose verdict, or the editor whose decision, caused it. */
    private void statusChange(ClaimDoc c, HistoryDoc h, String what) {
        JsonNode status = h.after() == null ? null : h.after().get("status");
        ClaimStatus to = ImportRules.enumValue(ClaimStatus.class, status == null || !status.isString() ? null
                : status.asString(), "claim status in a history row");
        boolean approval = to == ClaimStatus.APPROVED;
        actors.require(h.who(), "the author of a status change", approval ? Role.EDITOR : Role.REVIEWER);
        boolean caused = approval
                ? c.decisions().stream().anyMatch(d -> d.editor().equals(h.who()) && !d.createdAt().isAfter(h.when()))
                : c.verdicts().stream().anyMatch(v -> v.reviewer().equals(h.who()) && !v.createdAt().isAfter(h.when()));
        if (!caused) {
            throw RestoreCheck.invalid(what + " names " + h.who() + ", who had given no " + (approval ? "decision"
                    : "verdict") + " on this claim by then.");
        }
    }

    private static boolean object(JsonNode state) {
        return state == null || state.isNull() || state.isObject();
    }
}
