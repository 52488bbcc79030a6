package org.claimdesk.desk.ui;

import java.util.List;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.matching.MatchService;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.Source;
import org.claimdesk.review.TimelineService;

/** What the article view hands to the claim detail: the services it calls and the article's sources. */
record ArticleDesk(ClaimEditService edits, ClaimBoundaryService boundaries, ReviewService reviews, DraftService drafts, TimelineService timeline,
        List<Source> reusableSources, MatchService matches, ArchiveService archives) {

    /** Without claim matching and archive marks (no "Checked before" panel, no "archived" beside sources). */
    ArticleDesk(ClaimEditService edits, ClaimBoundaryService boundaries, ReviewService reviews, DraftService drafts,
            TimelineService timeline, List<Source> reusableSources) {
        this(edits, boundaries, reviews, drafts, timeline, reusableSources, null, null);
    }
}
