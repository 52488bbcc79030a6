package org.claimdesk.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.claimdesk.claim.StaleMark;
import org.claimdesk.review.Source;
import tools.jackson.databind.JsonNode;

/**
 * The full JSON export: everything needed to rebuild the article's review elsewhere. Re-importing it and
 * exporting again gives the same document, ids apart.
 */
public record ExportDocument(String format, int version, ArticleDoc article, ReviewDoc review, List<ClaimDoc> claims) {

    public static final String FORMAT = "claimdesk-article";
    public static final int VERSION = 1;

    public record ArticleDoc(Long id, String title, String text, String sourceUrl, String publisher, String author,
            LocalDate publishedOn, String importMethod, String importedBy, Instant importedAt, String language) {
    }

    public record ReviewDoc(boolean blind, List<String> assignedReviewers) {
    }

    public record ClaimDoc(Long id, int ordinal, int start, int end, String text, String shortForm, String speaker,
            String checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden, boolean dismissed,
            Long mergedInto, String status, Instant textChangedAt, List<VerdictDoc> verdicts,
            List<DecisionDoc> decisions, List<HistoryDoc> history, StaleMark stale) {

        /** A claim no re-check marked stale. */
        public ClaimDoc(Long id, int ordinal, int start, int end, String text, String shortForm, String speaker,
                String checkworthiness, String checkworthinessReason, boolean checkworthinessOverridden,
                boolean dismissed, Long mergedInto, String status, Instant textChangedAt, List<VerdictDoc> verdicts,
                List<DecisionDoc> decisions, List<HistoryDoc> history) {
            this(id, ordinal, start, end, text, shortForm, speaker, checkworthiness, checkworthinessReason,
                    checkworthinessOverridden, dismissed, mergedInto, status, textChangedAt, verdicts, decisions,
                    history, null);
        }
    }

    public record VerdictDoc(Long id, String reviewer, int revision, String verdict, String rationale,
            List<Source> sources, Instant createdAt, String attribution) {
    }

    public record DecisionDoc(Long id, String editor, int revision, String verdict, String rationale,
            List<Source> sources, Long adoptedVerdictId, String correctionNote, Instant createdAt, String attribution) {
    }

    public record HistoryDoc(String action, String who, Instant when, JsonNode before, JsonNode after) {
    }
}
