package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Label;
import org.claimdesk.base.WebAddress;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.export.ExportDocument.ArticleDoc;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.security.Role;

/**
 * The rules a restore runs on the document as a whole before anything is stored: its shape (no missing
 * lists, known values), times (none in the future, none before the article arrived), claims whose status
 * matches their decisions, and people who exist with the role their rows need. The features then apply their
 * own rules (lengths, sources, overlaps) as they store; the first broken rule ends the restore.
 */
final class RestoreCheck {

    /** Nothing in ClaimDesk happened before this; it keeps absurd times out of the database as well. */
    static final Instant EARLIEST = Instant.EPOCH;

    private final Instant now;
    private final Actors actors;

    RestoreCheck(Instant now, Actors actors) {
        this.now = now;
        this.actors = actors;
    }

    void check(ExportDocument doc) {
        if (doc == null || !ExportDocument.FORMAT.equals(doc.format()) || doc.version() != ExportDocument.VERSION
                || doc.article() == null) {
            throw invalid("error.restore.not-an-export", ExportDocument.FORMAT, ExportDocument.VERSION);
        }
        ArticleDoc a = doc.article();
        article(a);
        revisions(doc.revisions(), a);
        if (doc.review() == null || doc.review().assignedReviewers() == null) {
            throw invalid("error.restore.no-review-settings");
        }
        Set<String> assigned = new HashSet<>();
        for (String reviewer : doc.review().assignedReviewers()) {
            actors.require(reviewer, "error.restore.as-assigned", Role.REVIEWER);
            if (!assigned.add(reviewer)) {
                throw invalid("error.restore.assigned-twice", reviewer);
            }
        }
        LanguageHistoryCheck languages = new LanguageHistoryCheck(this, actors, a);
        Set<String> creators = new HashSet<>(languages.check(doc));
        doc.revisions().stream().skip(1).forEach(r -> creators.add(r.fetchedBy())); // a re-check adds new sentences
        ReviewCheck reviews = new ReviewCheck(this, actors, a, creators);
        claims(doc.claims(), doc, reviews);
        languages.retired(doc, reviews);
    }

    private void article(ArticleDoc a) {
        ImportRules.enumValue(ImportMethod.class, a.importMethod(), "error.restore.import-method");
        time(a.importedAt(), EARLIEST, new Label("error.restore.import-time"));
        if (a.sourceUrl() != null && !a.sourceUrl().isBlank() && !WebAddress.isWeb(a.sourceUrl().strip())) {
            throw invalid("error.restore.source-url");
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (a.publishedOn() != null && (a.publishedOn().isAfter(today.plusDays(1)) || a.publishedOn().getYear() < 1)) {
            throw invalid("error.restore.published-on", a.publishedOn());
        }
        actors.requireImporter(a.importedBy());
    }

    /** Revision 1 is the import (its importer, its time), later ones re-checks by editors; the last is the article's text. */
    private void revisions(List<ExportDocument.RevisionDoc> revisions, ArticleDoc a) {
        if (hasEmptyEntry(revisions)) {
            throw invalid("error.restore.revisions-empty");
        }
        Instant previous = a.importedAt();
        for (int i = 0; i < revisions.size(); i++) {
            ExportDocument.RevisionDoc r = revisions.get(i);
            Label what = new Label("error.restore.where-revision", i + 1);
            if (r.revision() != i + 1 || r.text() == null || r.text().isBlank()) {
                throw invalid("error.restore.revision-numbered", what, r.revision());
            }
            if (i == 0 && !(a.importedBy().equals(r.fetchedBy()) && a.importedAt().equals(r.fetchedAt()))) {
                throw invalid("error.restore.revision-not-import", what, a.importedBy(), a.importedAt());
            }
            if (i > 0) {
                actors.require(r.fetchedBy(), "error.restore.as-rechecker", Role.EDITOR);
                time(r.fetchedAt(), previous, new Label("error.restore.revision-time", what));
                previous = r.fetchedAt();
            }
        }
        if (!revisions.isEmpty() && !revisions.getLast().text().equals(a.text())) {
            throw invalid("error.restore.last-revision");
        }
    }

    /** The text a claim's offsets point into: its revision's (absent: the latest, the article's own). */
    static String textOf(ExportDocument doc, Integer revision) {
        List<ExportDocument.RevisionDoc> revisions = doc.revisions();
        if (revision == null || revisions.isEmpty() && revision == 1) {
            return doc.article().text();
        }
        if (revision < 1 || revision > revisions.size()) {
            throw invalid("error.restore.claim-revision", revision);
        }
        return revisions.get(revision - 1).text();
    }

    private void claims(List<ClaimDoc> claims, ExportDocument doc, ReviewCheck reviews) {
        ArticleDoc a = doc.article();
        if (claims == null || hasEmptyEntry(claims)) {
            throw invalid("error.restore.claims-missing");
        }
        Map<Long, ClaimDoc> byId = new HashMap<>();
        for (ClaimDoc c : claims) {
            if (c.id() == null || byId.put(c.id(), c) != null) {
                throw invalid("error.restore.claim-id", c.id());
            }
        }
        for (ClaimDoc c : claims) {
            claim(c, a, textOf(doc, c.revision()));
            reviews.check(c);
        }
        for (ClaimDoc c : claims) {
            mergeChain(c, byId);
        }
    }

    private void claim(ClaimDoc c, ArticleDoc a, String text) {
        Label where = new Label("error.restore.where-claim", c.id());
        if (text == null || c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) {
            throw invalid("error.restore.claim-outside", where);
        }
        if (!text.substring(c.start(), c.end()).equals(c.text())) {
            throw invalid("error.restore.claim-text-mismatch", where, c.start(), c.end());
        }
        if (text.substring(c.start(), c.end()).isBlank()) {
            throw invalid("error.restore.claim-empty", where);
        }
        ImportRules.enumValue(Checkworthiness.class, c.checkworthiness(), "error.restore.checkworthiness");
        ClaimStatus status = ImportRules.enumValue(ClaimStatus.class, c.status(), "error.restore.claim-status");
        time(c.textChangedAt(), a.importedAt(), new Label("error.restore.text-changed-time", where));
        if (c.verdicts() == null || c.decisions() == null || c.history() == null || hasEmptyEntry(c.verdicts())
                || hasEmptyEntry(c.decisions()) || hasEmptyEntry(c.history())) {
            throw invalid("error.restore.claim-lists", where);
        }
        boolean decided = !c.decisions().isEmpty();
        if (decided != (status == ClaimStatus.APPROVED)) {
            throw invalid(decided ? "error.restore.decided-not-approved" : "error.restore.approved-undecided", where,
                    new Label(status.labelKey()));
        }
        if (status == ClaimStatus.OPEN ? !c.verdicts().isEmpty() : c.verdicts().isEmpty() && !decided) {
            throw invalid(c.verdicts().isEmpty() ? "error.restore.status-without-verdicts"
                    : "error.restore.open-with-verdicts", where, new Label(status.labelKey()));
        }
        if (decided && (c.dismissed() || c.mergedInto() != null)) {
            throw invalid("error.restore.approved-dismissed", where);
        }
    }

    private static void mergeChain(ClaimDoc c, Map<Long, ClaimDoc> byId) {
        Set<Long> seen = new HashSet<>();
        for (ClaimDoc at = c; at.mergedInto() != null; at = byId.get(at.mergedInto())) {
            if (!seen.add(at.id()) || !byId.containsKey(at.mergedInto())) {
                throw invalid("error.restore.merge-chain", c.id());
            }
        }
    }

    /** A time that must lie between {@code earliest} and now (the injected clock's). */
    void time(Instant at, Instant earliest, Label what) {
        if (at == null) {
            throw invalid("error.restore.time-missing", what);
        }
        if (at.isAfter(now)) {
            throw invalid("error.restore.time-future", what, at);
        }
        if (earliest != null && at.isBefore(earliest)) {
            throw earliest == EARLIEST ? invalid("error.restore.time-before-1970", what, at)
                    : invalid("error.restore.time-before-import", what, at, earliest);
        }
    }

    /** Null-safe for every list (immutable lists throw on {@code contains(null)}). */
    static boolean hasEmptyEntry(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    static InvalidInputException invalid(String key, Object... args) {
        return new InvalidInputException(key, args);
    }
}
