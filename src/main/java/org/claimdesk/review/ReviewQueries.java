package org.claimdesk.review;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads claims with their verdicts and decisions, as the current user may see them. */
@Service
public class ReviewQueries {

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final ReviewSettingsService settings;
    private final SourcesJson sources;

    ReviewQueries(ClaimService claims, VerdictRepository verdicts, DecisionRepository decisions,
            ReviewSettingsService settings, SourcesJson sources) {
        this.claims = claims;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.settings = settings;
        this.sources = sources;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClaimReview review(Long claimId) {
        ClaimView claim = claims.get(claimId);
        return reviews(List.of(claim), settings.blind(claim.articleId())).getFirst();
    }

    /** Every claim of an article with its review, in a fixed number of queries whatever the article's size. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimReview> forArticle(Long articleId) {
        return reviews(claims.forArticle(articleId), settings.blind(articleId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArticleReviewSummary summary(Long articleId) {
        List<ClaimReview> all = forArticle(articleId);
        Map<VerdictType, Integer> finals = new EnumMap<>(VerdictType.class);
        int approved = 0;
        int twoOrMore = 0;
        int agreed = 0;
        List<List<VerdictType>> paired = new ArrayList<>();
        List<ClaimReview> claimsOnly = all.stream().filter(r -> !r.claim().dismissed()).toList();
        for (ClaimReview r : claimsOnly) {
            if (r.decision() != null) {
                finals.merge(r.decision().verdict(), 1, Integer::sum);
            }
            approved += r.claim().status() == ClaimStatus.APPROVED ? 1 : 0;
            twoOrMore += r.agreement() != null ? 1 : 0;
            agreed += r.agreement() == Agreement.AGREE ? 1 : 0;
            if (r.agreement() != null) { // the reader sees every verdict of this claim
                paired.add(r.verdicts().stream().map(VerdictView::verdict).toList());
            }
        }
        return ArticleReviewSummary.of(claimsOnly.size(), approved, finals, twoOrMore, agreed,
                KrippendorffAlpha.nominal(paired));
    }

    /** Every revision of every verdict in the article that the current user may see (blind review holds). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<VerdictView> revisions(Long articleId) {
        List<VerdictEntry> all = verdicts.findByArticleIdOrderByIdAsc(articleId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(articleId), all);
        return all.stream().filter(view::canSee).map(v -> sources.view(v, null)).toList();
    }

    /** Articles with a claim approved (first decided) between the two moments: the bulk export's choice. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> articlesApprovedBetween(java.time.Instant from, java.time.Instant to) {
        return decisions.articlesDecidedBetween(from, to);
    }

    private List<ClaimReview> reviews(List<ClaimView> claimViews, boolean blind) {
        List<Long> ids = claimViews.stream().map(ClaimView::id).toList();
        List<VerdictEntry> currentVerdicts = ids.isEmpty() ? List.of() : verdicts.currentFor(ids);
        Map<Long, List<VerdictEntry>> current = currentVerdicts.stream()
                .collect(Collectors.groupingBy(VerdictEntry::claimId));
        BlindReview view = BlindReview.forCurrentUser(blind, currentVerdicts);
        Map<Long, List<DecisionEntry>> decided = ids.isEmpty() ? Map.of()
                : decisions.findByArticleIdOrderByIdAsc(claimViews.getFirst().articleId()).stream()
                        .collect(Collectors.groupingBy(DecisionEntry::claimId));
        String me = CurrentUser.require();
        List<ClaimReview> reviews = new ArrayList<>(claimViews.size());
        for (ClaimView claim : claimViews) {
            List<VerdictView> all = current.getOrDefault(claim.id(), List.of()).stream()
                    .map(v -> sources.view(v, claim.textChangedAt())).toList();
            VerdictView mine = all.stream().filter(v -> v.reviewer().equals(me)).findFirst().orElse(null);
            boolean seesAll = view.seesOthersOn(claim.id());
            List<VerdictView> visible = seesAll ? all : mine == null ? List.of() : List.of(mine);
            List<DecisionView> decisionViews = decided.getOrDefault(claim.id(), List.of()).stream()
                    .map(sources::view).toList();
            reviews.add(new ClaimReview(claim, blind, visible, all.size() - visible.size(), mine, decisionViews,
                    seesAll ? Agreement.of(all.stream().map(VerdictView::verdict).toList()) : null));
        }
        return reviews;
    }
}
