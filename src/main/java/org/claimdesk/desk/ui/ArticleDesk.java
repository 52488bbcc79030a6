package org.claimdesk.desk.ui;

import java.util.List;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.matching.MatchService;
import org.claimdesk.review.ClaimAssignmentService;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.Source;
import org.claimdesk.review.TimelineService;

/** What the article view hands to the claim detail: the services it calls and the article's sources. */
record ArticleDesk(ClaimEditService edits, ClaimBoundaryService boundaries, ReviewService reviews, DraftService drafts,
        TimelineService timeline, CommentService comments, ClaimAssignmentService assignments,
        List<Source> reusableSources, MatchService matches, ArchiveService archives) {

    ArticleDesk withSources(List<Source> sources) {
        return new ArticleDesk(edits, boundaries, reviews, drafts, timeline, comments, assignments, sources, matches,
                archives);
    }
}
