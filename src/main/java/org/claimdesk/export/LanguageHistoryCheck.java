package org.claimdesk.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.base.Label;
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
            throw RestoreCheck.invalid("error.restore.language-changes-empty");
        }
        Set<Long> known = doc.claims() == null ? new HashSet<>()
                : doc.claims().stream().filter(java.util.Objects::nonNull).map(ClaimDoc::id).collect(Collectors.toSet());
        doc.retiredClaims().forEach(r -> known.add(r.id()));
        for (LanguageChangeDoc c : changes) {
            actors.require(c.who(), "error.restore.as-language-changer", CHANGERS);
            times.time(c.when(), article.importedAt(), new Label("error.restore.language-change-time"));
            if (c.from() != null) {
                ArticleLanguageService.validCode(c.from());
            }
            ArticleLanguageService.validCode(c.to());
            if (c.retiredClaims() == null || c.createdClaims() == null
                    || !known.containsAll(c.retiredClaims()) || !known.containsAll(c.createdClaims())) {
                throw RestoreCheck.invalid("error.restore.language-change-claims");
            }
        }
        return changes.stream().map(LanguageChangeDoc::who).collect(Collectors.toSet());
    }

    void retired(ExportDocument doc, ReviewCheck reviews) {
        Set<Long> ids = doc.claims().stream().map(ClaimDoc::id).collect(Collectors.toCollection(HashSet::new));
        for (RetiredClaimDoc r : doc.retiredClaims()) {
            Label where = new Label("error.restore.where-retired", r.id());
            if (r.id() == null || !ids.add(r.id())) {
                throw RestoreCheck.invalid("error.restore.claim-id", r.id());
            }
            if (article.text() == null || r.start() < 0 || r.end() > article.text().length() || r.start() >= r.end()) {
                throw RestoreCheck.invalid("error.restore.claim-outside", where);
            }
            actors.require(r.retiredBy(), "error.restore.as-retirer", CHANGERS);
            times.time(r.retiredAt(), article.importedAt(), new Label("error.restore.retired-time", where));
            if (r.history() == null || RestoreCheck.hasEmptyEntry(r.history())) {
                throw RestoreCheck.invalid("error.restore.retired-history", where);
            }
            for (HistoryDoc h : r.history()) {
                reviews.history(null, h, where);
            }
        }
    }
}
