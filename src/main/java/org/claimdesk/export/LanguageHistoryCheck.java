package org.claimdesk.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.export.ExportDocument.ArticleDoc;
import org.claimdesk.export.ExportDocument.ClaimDoc;
import org.claimdesk.export.ExportDocument.HistoryDoc;
import org.claimdesk.export.ExportDocument.LanguageChangeDoc;
import org.claimdesk.export.ExportDocument.RetiredClaimDoc;
import org.claimdesk.security.Role;

/**
 * The part of an export a language change wrote: the changes (by reviewers, editors or admins, at plausible times,
 * between ISO 639-1 codes, naming only claims the export holds) and the claims they retired (each with its own id,
 * inside the text, retired by someone who could, its history as the workflow writes it).
 */
final class LanguageHistoryCheck {

    private static final Role[] CHANGERS = {Role.REVIEWER, Role.EDITOR, Role.ADMIN};

    private final RestoreCheck times;
    private final Actors actors;
    private final ArticleDoc article;

    LanguageHistoryCheck(RestoreCheck times, Actors actors, ArticleDoc article) {
        this.times = times;
        this.actors = actors;
        this.article = article;
    }

    /** Who changed the language: they created claims as well as the importer. */
    Set<String> check(ExportDocument doc) {
        List<LanguageChangeDoc> changes = doc.languageChanges();
        if (RestoreCheck.hasEmptyEntry(changes) || RestoreCheck.hasEmptyEntry(doc.retiredClaims())) {
            throw RestoreCheck.invalid("The export's language changes or retired claims have an empty entry.");
        }
        Set<Long> known = doc.claims() == null ? new HashSet<>()
                : doc.claims().stream().filter(java.util.Objects::nonNull).map(ClaimDoc::id).collect(Collectors.toSet());
        doc.retiredClaims().forEach(r -> known.add(r.id()));
        for (LanguageChangeDoc c : changes) {
            actors.require(c.who(), "the author of a language change", CHANGERS);
            times.time(c.when(), article.importedAt(), "A language change's time");
            if (c.from() != null) {
                ArticleLanguageService.validCode(c.from());
            }
            ArticleLanguageService.validCode(c.to());
            if (c.retiredClaims() == null || c.createdClaims() == null
                    || !known.containsAll(c.retiredClaims()) || !known.containsAll(c.createdClaims())) {
                throw RestoreCheck.invalid("A language change of the export names claims the export does not hold.");
            }
        }
        return changes.stream().map(LanguageChangeDoc::who).collect(Collectors.toSet());
    }

    void retired(ExportDocument doc, ReviewCheck reviews) {
        Set<Long> ids = doc.claims().stream().map(ClaimDoc::id).collect(Collectors.toCollection(HashSet::new));
        for (RetiredClaimDoc r : doc.retiredClaims()) {
            String where = "Retired claim " + r.id() + " of the export";
            if (r.id() == null || !ids.add(r.id())) {
                throw RestoreCheck.invalid("Every claim of the export needs its own id (" + r.id()
                        + " is missing or repeated).");
            }
            if (article.text() == null || r.start() < 0 || r.end() > article.text().length() || r.start() >= r.end()) {
                throw RestoreCheck.invalid(where + " lies outside the text.");
            }
            actors.require(r.retiredBy(), "who retired a claim", CHANGERS);
            times.time(r.retiredAt(), article.importedAt(), where + ": the time it was retired");
            if (r.history() == null || RestoreCheck.hasEmptyEntry(r.history())) {
                throw RestoreCheck.invalid(where + " lacks its history, or has an empty entry in it.");
            }
            for (HistoryDoc h : r.history()) {
                reviews.history(null, h, where);
            }
        }
    }
}
