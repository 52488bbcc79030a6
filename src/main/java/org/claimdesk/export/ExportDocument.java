package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.claimdesk.claim.StaleMark;
import org.claimdesk.archive.SourceArchive;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;
import tools.jackson.databind.JsonNode;

/**
 * The full JSON export: everything needed to rebuild the article's review elsewhere. Re-importing it and
 * exporting again gives the same document, ids apart. {@code retiredClaims} and {@code languageChanges} (absent in
 * exports written before languages could change: read as none) keep what a language change replaced.
 */
public record ExportDocument(String format, int version, ArticleDoc article, ReviewDoc review, List<ClaimDoc> claims,
        List<RetiredClaimDoc> retiredClaims, List<LanguageChangeDoc> languageChanges) {

    public static final String FORMAT = "claimdesk-article";
    public static final int VERSION = 1;

    /** An article whose language never changed. */
    public ExportDocument(String format, int version, ArticleDoc article, ReviewDoc review, List<ClaimDoc> claims) {
        this(format, version, article, review, claims, List.of(), List.of());
    }

    public List<RetiredClaimDoc> retiredClaims() {
        return retiredClaims == null ? List.of() : retiredClaims;
    }

    public List<LanguageChangeDoc> languageChanges() {
        return languageChanges == null ? List.of() : languageChanges;
    }

    public record ArticleDoc(Long id, String title, String text, String sourceUrl, String publisher, String author,
            LocalDate publishedOn, String importMethod, String importedBy, Instant importedAt, String language) {
    }

    public record ReviewDoc(boolean blind, List<String> assignedReviewers) {
    }

    /**
     * A claim with its reviews and history; {@code comments} and {@code assignments} (its discussion and the
     * reviewers an editor assigned to it alone) are absent in exports written before they existed: read as none.
     */
    public record ClaimDoc(Long id, int ordinal, int start, int end, String text, String shortForm, String speaker,
            String checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden, boolean dismissed,
            Long mergedInto, String status, Instant textChangedAt, List<VerdictDoc> verdicts,
            List<DecisionDoc> decisions, List<HistoryDoc> history, StaleMark stale, List<CommentDoc> comments,
            List<AssignmentDoc> assignments) {

        /** A claim no re-check marked stale, without discussion. */
        public ClaimDoc(Long id, int ordinal, int start, int end, String text, String shortForm, String speaker,
                String checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden,
                boolean dismissed, Long mergedInto, String status, Instant textChangedAt, List<VerdictDoc> verdicts,
                List<DecisionDoc> decisions, List<HistoryDoc> history) {
            this(id, ordinal, start, end, text, shortForm, speaker, checkworthiness, checkworthinessReason,
                    checkworthinessOverridden, dismissed, mergedInto, status, textChangedAt, verdicts, decisions,
                    history, null, List.of(), List.of());
        }

        public List<CommentDoc> comments() {
            return comments == null ? List.of() : comments;
        }

        public List<AssignmentDoc> assignments() {
            return assignments == null ? List.of() : assignments;
        }
    }

    /** A comment in the claim's discussion. */
    public record CommentDoc(String who, Instant when, String text) {
    }

    /** The claim assigned to {@code reviewer} by the editor {@code by}. */
    public record AssignmentDoc(String reviewer, String by, Instant when) {
    }

    public record VerdictDoc(Long id, String reviewer, int revision, String verdict, String rationale,
            List<SourceDoc> sources, Instant createdAt, String attribution) {
    }

    public record DecisionDoc(Long id, String editor, int revision, String verdict, String rationale,
            List<SourceDoc> sources, Long adoptedVerdictId, String correctionNote, Instant createdAt, String attribution) {
    }

    /**
     * A cited source as the verdict stores it, with its latest archived snapshot ({@code archive}: null where none
     * was taken; a restore ignores it, and the restored site archives the address again).
     */
    public record SourceDoc(String url, String title, String quote, LocalDate accessedOn, Stance stance,
            ArchiveDoc archive) {

        public static SourceDoc of(Source s, SourceArchive a) {
            return new SourceDoc(s.url(), s.title(), s.quote(), s.accessedOn(), s.stance(), a == null ? null
                    : new ArchiveDoc(a.status().name(), a.sha256(), a.fetchedAt(), a.httpStatus(), a.href()));
        }

        public Source source() {
            return new Source(url, title, quote, accessedOn, stance);
        }
    }

    /** The source's snapshot: PENDING, ARCHIVED or FAILED, the copy's SHA-256, when, and where to read it. */
    public record ArchiveDoc(String status, String sha256, Instant fetchedAt, Integer httpStatus, String href) {
    }

    public record HistoryDoc(String action, String who, Instant when, JsonNode before, JsonNode after) {
    }

    /**
     * A claim a language change replaced (the article was split again): where it was and what it said when it was
     * retired, by whom and when, and its whole history. No verdict can exist on it: languages change only before one.
     */
    public record RetiredClaimDoc(Long id, int start, int end, String text, String speaker, Instant retiredAt,
            String retiredBy, List<HistoryDoc> history) {
    }

    /** The article's language changed from {@code from} (null: unknown) to {@code to}, retiring and creating claims. */
    public record LanguageChangeDoc(String who, Instant when, String from, String to, List<Long> retiredClaims,
            List<Long> createdClaims) {
    }
}
