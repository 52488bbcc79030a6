package org.claimdesk.export;

import java.util.List;
import java.util.Map;

import org.claimdesk.archive.SourceArchive;

import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.ClaimReview;

/** What the readable formats render: the article, its claims as the exporting user may see them, totals. */
record ExportData(ArticleSnapshot article, List<ClaimReview> claims, ArticleReviewSummary summary,
        String organization, String publicUrl, Map<String, SourceArchive> archives) {

    ExportData(ArticleSnapshot article, List<ClaimReview> claims, ArticleReviewSummary summary, String organization,
            String publicUrl) {
        this(article, claims, summary, organization, publicUrl, Map.of());
    }

    /**
     * The claims marked in the article's current text: a claim a re-check left on an older revision (its sentence
     * is gone) has no place in it, and the writers list it without a mark.
     */
    List<ClaimReview> inText() {
        return claims.stream().filter(c -> c.claim().revision() == article.revision()).toList();
    }

    /** Where the stored copy of a cited address is read, or "" while there is none. */
    String archivedCopy(String url) {
        SourceArchive a = archives.get(url == null ? "" : url.strip());
        return a == null || a.status() != org.claimdesk.archive.ArchiveStatus.ARCHIVED ? "" : a.href();
    }

    String claimUrl(Long claimId) {
        return publicUrl.replaceAll("/+$", "") + "/articles/" + article.id() + "#claim-" + claimId;
    }
}
