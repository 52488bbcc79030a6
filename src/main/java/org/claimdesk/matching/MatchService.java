package org.claimdesk.matching;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.article.ArticleService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.FinalVerdicts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Have we checked this before?": for a claim, the most similar claims of other articles, best first. Only
 * final verdicts (an editor's decision, which every signed-in user may read) are ever shown: reviewers' own
 * verdicts never leave their article this way, so blind review cannot leak through a match.
 */
@Service
public class MatchService {

    /** Results per answer. */
    public static final int LIMIT = 10;
    /** pg_trgm similarity a candidate needs; measured on the fixture archive (see MatchingIT). */
    static final double THRESHOLD = 0.25;
    /** Candidates read before keeping those with a final verdict. */
    private static final int CANDIDATES = 100;

    private final MatchIndex index;
    private final ClaimService claims;
    private final ArticleService articles;
    private final FinalVerdicts finals;
    private final Clock clock;

    MatchService(MatchIndex index, ClaimService claims, ArticleService articles, FinalVerdicts finals, Clock clock) {
        this.index = index;
        this.claims = claims;
        this.articles = articles;
        this.finals = finals;
        this.clock = clock;
    }

    /**
     * Matches of a claim; {@code all} includes claims without a final verdict (their verdict is null). Only the
     * claim and its index row are read while the row is current (selecting a claim costs the same in any article);
     * a claim edited since it was indexed, or never indexed, brings the whole article's index up to date first.
     * The titles of the matched articles come in one query.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<ClaimMatch> matches(Long claimId, boolean all) {
        ClaimView claim = claims.get(claimId);
        String config = index.entry(claimId).filter(e -> !e.indexedAt().isBefore(claim.textChangedAt()))
                .map(MatchIndex.Entry::config)
                .orElseGet(() -> claim.dismissed() ? configOf(claim.articleId()) : refresh(claim.articleId()));
        List<MatchIndex.Hit> hits = index.similar(claim.text(), config, claim.articleId(), THRESHOLD,
                all ? LIMIT : CANDIDATES);
        Map<Long, DecisionView> decided = finals.of(hits.stream().map(MatchIndex.Hit::claimId).toList());
        List<MatchIndex.Hit> kept = hits.stream().filter(h -> all || decided.containsKey(h.claimId())).limit(LIMIT)
                .toList();
        Map<Long, String> titles = articles.titles(kept.stream().map(MatchIndex.Hit::articleId).distinct().toList());
        return kept.stream().map(h -> new ClaimMatch(h.claimId(), h.articleId(), titles.get(h.articleId()), h.text(),
                Math.round(h.similarity() * 1000) / 1000.0, decided.get(h.claimId()))).toList();
    }

    /** How many of the article's claims have an earlier claim with a final verdict: "7 claims were checked before". */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public int checkedBefore(Long articleId) {
        String config = refresh(articleId);
        int count = 0;
        for (ClaimView claim : claims.forArticle(articleId)) {
            if (claim.dismissed()) {
                continue;
            }
            List<MatchIndex.Hit> hits = index.similar(claim.text(), config, articleId, THRESHOLD, CANDIDATES);
            count += finals.of(hits.stream().map(MatchIndex.Hit::claimId).toList()).isEmpty() ? 0 : 1;
        }
        return count;
    }

    /**
     * Brings the article's rows in step with its claims (after a split, merge, boundary change or re-check) and
     * returns its language configuration. Cheap when nothing changed: one read of the article's rows.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String refresh(Long articleId) {
        return refresh(articleId, claims.forArticle(articleId));
    }

    private String refresh(Long articleId, List<ClaimView> claimsNow) {
        List<ClaimView> current = claimsNow.stream().filter(c -> !c.dismissed()).toList();
        List<MatchIndex.Entry> entries = index.entries(articleId);
        Set<Long> indexed = entries.stream().map(MatchIndex.Entry::claimId).collect(Collectors.toSet());
        Set<Long> ids = current.stream().map(ClaimView::id).collect(Collectors.toSet());
        Map<Long, java.time.Instant> indexedAt = entries.stream()
                .collect(Collectors.toMap(MatchIndex.Entry::claimId, MatchIndex.Entry::indexedAt));
        boolean fresh = !entries.isEmpty() && indexed.equals(ids)
                && current.stream().noneMatch(c -> indexedAt.get(c.id()).isBefore(c.textChangedAt()));
        if (fresh) {
            return entries.getFirst().config();
        }
        String config = entries.isEmpty() ? configOf(articleId) : entries.getFirst().config();
        index.replaceArticle(articleId, config, current.stream()
                .map(c -> new MatchIndex.Indexed(c.id(), c.text())).toList(), clock.instant());
        return config;
    }

    /** The article's rows from scratch, under its stored language's configuration (after its language changed). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void reindex(Long articleId) {
        List<ClaimView> current = claims.forArticle(articleId).stream().filter(c -> !c.dismissed()).toList();
        index.replaceArticle(articleId, configOf(articleId), current.stream()
                .map(c -> new MatchIndex.Indexed(c.id(), c.text())).toList(), clock.instant());
    }

    /** The article's stored language (set at import) decides; only an article without one is guessed from its text. */
    private String configOf(Long articleId) {
        var article = articles.get(articleId);
        return article.language() != null ? index.configFor(article.language()) : index.languageOf(article.text());
    }
}
