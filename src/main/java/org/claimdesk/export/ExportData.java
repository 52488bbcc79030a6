package org.claimdesk.export;

import java.util.List;

import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.ClaimReview;

/** What the readable formats render: the article, its claims as the exporting user may see them, totals. */
record ExportData(ArticleSnapshot article, List<ClaimReview> claims, ArticleReviewSummary summary,
        String organization, String publicUrl) {

    String claimUrl(Long claimId) {
        return publicUrl.replaceAll("/+$", "") + "/articles/" + article.id() + "#claim-" + claimId;
    }
}
