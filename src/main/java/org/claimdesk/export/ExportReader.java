package org.claimdesk.export;

import java.util.List;
import java.util.stream.Stream;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.article.ArticleLanguageService;
import org.claimdesk.article.ArticleRevisionService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.ClaimAssignmentService;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.ReviewSettingsService;
import org.claimdesk.review.Source;
import org.claimdesk.review.TimelineService;
import org.claimdesk.review.VerdictView;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads everything the full JSON export holds, through each feature's service as the current user (so it holds
 * nothing that user could not see), and has {@link ExportDocuments} assemble it. Runs in the caller's transaction.
 */
@Component
class ExportReader {

    private final ArticleService articles;
    private final ArticleLanguageService languages;
    private final ArticleRevisionService texts;
    private final ClaimService claims;
    private final ReviewQueries reviews;
    private final ReviewSettingsService settings;
    private final TimelineService timeline;
    private final CommentService comments;
    private final ClaimAssignmentService assignments;
    private final ArchiveService archives;
    private final ExportDocuments documents;

    ExportReader(ArticleService articles, ArticleLanguageService languages, ArticleRevisionService texts,
            ClaimService claims, ReviewQueries reviews, ReviewSettingsService settings, TimelineService timeline,
            CommentService comments, ClaimAssignmentService assignments, ArchiveService archives, JsonMapper json) {
        this.articles = articles;
        this.languages = languages;
        this.texts = texts;
        this.claims = claims;
        this.reviews = reviews;
        this.settings = settings;
        this.timeline = timeline;
        this.comments = comments;
        this.assignments = assignments;
        this.archives = archives;
        this.documents = new ExportDocuments(json);
    }

    ExportDocument read(Long articleId) {
        ArticleSnapshot article = articles.get(articleId);
        List<ClaimReview> reviewed = reviews.forArticle(articleId);
        List<VerdictView> revisions = reviews.revisions(articleId);
        List<String> cited = Stream.concat(revisions.stream().flatMap(v -> v.sources().stream()),
                reviewed.stream().flatMap(r -> r.decisions().stream()).flatMap(d -> d.sources().stream()))
                .map(Source::url).toList();
        return documents.build(article, settings.blind(articleId), settings.assignedReviewers(articleId),
                claims.allForArticle(articleId), reviewed, revisions, timeline.claimHistory(articleId),
                languages.changes(articleId), ExportDocuments.Discussions.of(comments.forArticle(articleId),
                        assignments.forArticle(articleId)), texts.all(articleId), archives.latest(cited));
    }
}
