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
            throw invalid("This is not a ClaimDesk article export (format '" + ExportDocument.FORMAT + "', version "
                    + ExportDocument.VERSION + ").");
        }
        ArticleDoc a = doc.article();
        article(a);
        revisions(doc.revisions(), a);
        if (doc.review() == null || doc.review().assignedReviewers() == null) {
            throw invalid("The export has no review settings (blind review, assigned reviewers).");
        }
        Set<String> assigned = new HashSet<>();
        for (String reviewer : doc.review().assignedReviewers()) {
            actors.require(reviewer, "an assigned reviewer", Role.REVIEWER);
            if (!assigned.add(reviewer)) {
                throw invalid("The export assigns " + reviewer + " twice.");
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
        ImportRules.enumValue(ImportMethod.class, a.importMethod(), "import method");
        time(a.importedAt(), EARLIEST, "The article's import time");
        if (a.sourceUrl() != null && !a.sourceUrl().isBlank() && !WebAddress.isWeb(a.sourceUrl().strip())) {
            throw invalid("The article's source address must start with http:// or https:// (javascript:, data: and"
                    + " file: addresses are refused).");
        }
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (a.publishedOn() != null && (a.publishedOn().isAfter(today.plusDays(1)) || a.publishedOn().getYear() < 1)) {
            throw invalid("The article's publication date " + a.publishedOn() + " lies in the future or before year 1.");
        }
        actors.requireImporter(a.importedBy());
    }

    /** Revision 1 is the import (its importer, its time), later ones re-checks by editors; the last is the article's text. */
    private void revisions(List<ExportDocument.RevisionDoc> revisions, ArticleDoc a) {
        if (hasEmptyEntry(revisions)) {
            throw invalid("The export's list of article revisions has an empty entry.");
        }
        Instant previous = a.importedAt();
        for (int i = 0; i < revisions.size(); i++) {
            ExportDocument.RevisionDoc r = revisions.get(i);
            String what = "Article revision " + (i + 1) + " of the export";
            if (r.revision() != i + 1 || r.text() == null || r.text().isBlank()) {
                throw invalid(what + " is numbered " + r.revision() + " or has no text; revisions count 1, 2, 3 ...");
            }
            if (i == 0 && !(a.importedBy().equals(r.fetchedBy()) && a.importedAt().equals(r.fetchedAt()))) {
                throw invalid(what + " must be the import itself, by " + a.importedBy() + " at " + a.importedAt() + ".");
            }
            if (i > 0) {
                actors.require(r.fetchedBy(), "the editor of a re-check", Role.EDITOR);
                time(r.fetchedAt(), previous, what + "'s time");
                previous = r.fetchedAt();
            }
        }
        if (!revisions.isEmpty() && !revisions.getLast().text().equals(a.text())) {
            throw invalid("The export's last article revision is not the article's text.");
        }
    }

    /** The text a claim's offsets point into: its revision's (absent: the latest, the article's own). */
    static String textOf(ExportDocument doc, Integer revision) {
        List<ExportDocument.RevisionDoc> revisions = doc.revisions();
        if (revision == null || revisions.isEmpty() && revision == 1) {
            return doc.article().text();
        }
        if (revision < 1 || revision > revisions.size()) {
            throw invalid("A claim of the export points into article revision " + revision + ", which it does not hold.");
        }
        return revisions.get(revision - 1).text();
    }

    private void claims(List<ClaimDoc> claims, ExportDocument doc, ReviewCheck reviews) {
        ArticleDoc a = doc.article();
        if (claims == null || hasEmptyEntry(claims)) {
            throw invalid("The export's list of claims is missing or has an empty entry.");
        }
        Map<Long, ClaimDoc> byId = new HashMap<>();
        for (ClaimDoc c : claims) {
            if (c.id() == null || byId.put(c.id(), c) != null) {
                throw invalid("Every claim of the export needs its own id (" + c.id() + " is missing or repeated).");
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
        String where = "Claim " + c.id() + " of the export";
        if (text == null || c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) {
            throw invalid(where + " lies outside the text.");
        }
        if (!text.substring(c.start(), c.end()).equals(c.text())) {
            throw invalid(where + " does not match the article's text at " + c.start() + " to " + c.end() + ".");
        }
        if (text.substring(c.start(), c.end()).isBlank()) {
            throw invalid(where + " encloses no text.");
        }
        ImportRules.enumValue(Checkworthiness.class, c.checkworthiness(), "checkworthiness");
        ClaimStatus status = ImportRules.enumValue(ClaimStatus.class, c.status(), "claim status");
        time(c.textChangedAt(), a.importedAt(), where + ": the time its text last changed");
        if (c.verdicts() == null || c.decisions() == null || c.history() == null || hasEmptyEntry(c.verdicts())
                || hasEmptyEntry(c.decisions()) || hasEmptyEntry(c.history())) {
            throw invalid(where + " lacks its list of verdicts, decisions or history, or has an empty entry in one.");
        }
        boolean decided = !c.decisions().isEmpty();
        if (decided != (status == ClaimStatus.APPROVED)) {
            throw invalid(where + " is " + status.label() + (decided ? " but has an editor's decision; a decision"
                    + " approves a claim." : ", which needs an editor's decision; it has none."));
        }
        if (status == ClaimStatus.OPEN ? !c.verdicts().isEmpty() : c.verdicts().isEmpty() && !decided) {
            throw invalid(where + " is " + status.label() + (c.verdicts().isEmpty() ? " without a single verdict."
                    : " although reviewers have given verdicts on it."));
        }
        if (decided && (c.dismissed() || c.mergedInto() != null)) {
            throw invalid(where + " is approved, so it cannot also be dismissed or merged into another claim.");
        }
    }

    private static void mergeChain(ClaimDoc c, Map<Long, ClaimDoc> byId) {
        Set<Long> seen = new HashSet<>();
        for (ClaimDoc at = c; at.mergedInto() != null; at = byId.get(at.mergedInto())) {
            if (!seen.add(at.id()) || !byId.containsKey(at.mergedInto())) {
                throw invalid("Claim " + c.id() + " of the export is merged into a claim the export does not contain,"
                        + " or into itself.");
            }
        }
    }

    /** A time that must lie between {@code earliest} and now (the injected clock's). */
    void time(Instant at, Instant earliest, String what) {
        if (at == null) {
            throw invalid(what + " is missing.");
        }
        if (at.isAfter(now)) {
            throw invalid(what + " (" + at + ") lies in the future.");
        }
        if (earliest != null && at.isBefore(earliest)) {
            throw invalid(what + " (" + at + ") lies before " + (earliest == EARLIEST ? "1970"
                    : "the article was imported (" + earliest + ")") + ".");
        }
    }

    /** Null-safe for every list (immutable lists throw on {@code contains(null)}). */
    static boolean hasEmptyEntry(List<?> list) {
        return list.stream().anyMatch(java.util.Objects::isNull);
    }

    static InvalidInputException invalid(String message) {
        return new InvalidInputException(message);
    }
}
