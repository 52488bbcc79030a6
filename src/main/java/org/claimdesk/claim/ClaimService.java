package org.claimdesk.claim;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.article.ArticleImported;
import org.claimdesk.article.ArticleRevisionService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates an article's claims when it is imported, and reads claims and their history. */
@Service
public class ClaimService {

    private final ClaimRepository claims;
    private final ClaimHistoryRepository history;
    private final ClaimHistoryWriter historyWriter;
    private final ArticleService articles;
    private final ArticleRevisionService revisions;
    private final Clock clock;
    private final ClaimDrafter drafter = new ClaimDrafter();

    ClaimService(ClaimRepository claims, ClaimHistoryRepository history, ClaimHistoryWriter historyWriter,
            ArticleService articles, ArticleRevisionService revisions, Clock clock) {
        this.revisions = revisions;
        this.claims = claims;
        this.history = history;
        this.historyWriter = historyWriter;
        this.articles = articles;
        this.clock = clock;
    }

    /** Runs inside the import's transaction: if splitting fails, the article is not stored either. */
    @EventListener
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void onArticleImported(ArticleImported event) {
        List<Claim> created = new ArrayList<>();
        for (ClaimDrafter.Draft draft : drafter.draft(event.text(), event.language())) {
            created.add(new Claim(event.articleId(), draft.span(), draft.speaker(), draft.hint(), clock.instant()));
        }
        claims.saveAll(created);
        for (Claim claim : created) {
            historyWriter.record(claim, ClaimAction.CREATED, null, claim.state(event.text()));
        }
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimView> forArticle(Long articleId) {
        ArticleSnapshot article = articles.get(articleId);
        List<Claim> active = claims.findActive(articleId);
        List<ClaimView> views = new ArrayList<>(active.size());
        for (int i = 0; i < active.size(); i++) {
            views.add(view(active.get(i), i + 1, article));
        }
        return views;
    }

    /**
     * Every claim of the article, merged ones too (ordinal 0 for those): what a full export carries. One read of
     * the claims, in the order {@link #forArticle} numbers them, so the active ones get the same ordinals.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimRecord> allForArticle(Long articleId) {
        ArticleSnapshot article = articles.get(articleId);
        List<ClaimRecord> records = new ArrayList<>();
        int ordinal = 0;
        for (Claim c : claims.findByArticleIdOrderByStartAscIdAsc(articleId)) {
            records.add(new ClaimRecord(view(c, c.mergedInto() == null ? ++ordinal : 0, article), c.mergedInto()));
        }
        return records;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClaimView get(Long claimId) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> notFound(claimId));
        int ordinal = claim.mergedInto() != null ? 0
                : claims.ordinalOf(claim.articleId(), claimId).map(Long::intValue).orElse(0);
        return view(claim, ordinal, articles.get(claim.articleId()));
    }

    /**
     * The ids of the article's active claims that are claims (not dismissed), and how many of them are approved:
     * what a review summary counts, without building any claim's view.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ReviewableClaims reviewable(Long articleId) {
        return new ReviewableClaims(claims.reviewableIds(articleId), (int) claims.approvedCount(articleId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimHistoryItem> history(Long claimId) {
        if (!claims.existsById(claimId)) {
            throw notFound(claimId);
        }
        return history.findByClaimIdOrderByIdAsc(claimId).stream().map(ClaimHistoryEntry::item).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimHistoryItem> articleHistory(Long articleId) {
        return history.findByArticleIdOrderByIdAsc(articleId).stream().map(ClaimHistoryEntry::item).toList();
    }

    /**
     * Locks the claim's row until the caller's transaction ends (reviews of one claim take turns) and
     * returns it. Must run inside the caller's transaction.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    public ClaimView lockForReview(Long claimId) {
        Claim claim = claims.lockById(claimId).orElseThrow(() -> notFound(claimId));
        return view(claim, 0, articles.get(claim.articleId()));
    }

    /**
     * Moves a claim along the workflow; the change is a history row. No-op when the status is unchanged. Approval
     * (an editor's decision, also a correction) clears a re-check's stale mark.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional
    public void changeStatus(Long claimId, ClaimStatus status) {
        Claim claim = claims.findById(claimId).orElseThrow(() -> notFound(claimId));
        if (claim.status() != status) {
            String text = textOf(claim, articles.get(claim.articleId()));
            var before = claim.state(text);
            claim.setStatus(status);
            historyWriter.record(claim, ClaimAction.STATUS_CHANGED, before, claim.state(text));
        }
        if (status == ClaimStatus.APPROVED && claim.stale() != null) {
            String text = textOf(claim, articles.get(claim.articleId()));
            var before = claim.state(text);
            claim.clearStale(); // an editor's new decision speaks of the words as they are now
            historyWriter.record(claim, ClaimAction.STALE_CLEARED, before, claim.state(text));
        }
    }

    /** Claim counts of many articles in one query: for the article list. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, ClaimCounts> countsFor(Collection<Long> articleIds) {
        Map<Long, ClaimCounts> counts = new HashMap<>();
        if (!articleIds.isEmpty()) {
            for (Object[] row : claims.countsFor(articleIds)) {
                counts.put((Long) row[0], new ClaimCounts(((Number) row[1]).intValue(),
                        ((Number) row[2]).intValue(), ((Number) row[3]).intValue()));
            }
        }
        return counts;
    }

    /** The claims a work queue asks for ({@link ClaimQueueQuery}), each with its article's title. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<QueuedClaim> waiting(ClaimQueueQuery q) {
        List<Claim> found = claims.waiting(q.statuses(), padded(q.skipClaims()), padded(q.skipArticles()),
                padded(q.preferredArticles()), q.decisionsFirst(), org.springframework.data.domain.Limit.of(q.limit()));
        Map<Long, ArticleSnapshot> articlesById = new HashMap<>();
        found.forEach(c -> articlesById.computeIfAbsent(c.articleId(), articles::get));
        return found.stream().map(c -> {
            ArticleSnapshot article = articlesById.get(c.articleId());
            return new QueuedClaim(c.id(), c.articleId(), article.title(), c.span().of(textOf(c, article)), c.status());
        }).toList();
    }

    /** Ids are positive: -1 stands in for "none", since SQL has no empty IN list. */
    private static Collection<Long> padded(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }

    /** A claim left on an older revision of its article (its sentence is gone) reads that revision's text. */
    ClaimView view(Claim c, int ordinal, ArticleSnapshot article) {
        return view(c, ordinal, textOf(c, article));
    }

    String textOf(Claim c, ArticleSnapshot article) {
        return c.revision() == article.revision() ? article.text() : revisions.textOf(article.id(), c.revision());
    }

    static ClaimView view(Claim c, int ordinal, String text) {
        return new ClaimView(c.id(), c.articleId(), ordinal, c.start(), c.end(), text.substring(c.start(), c.end()),
                c.shortForm(), c.speaker(), c.checkworthiness(), c.checkworthinessReason(),
                c.checkworthinessOverridden(), c.dismissed(), c.status(), c.textChangedAt(), c.version(),
                c.revision(), c.stale());
    }

    static NotFoundException notFound(Long claimId) {
        return new NotFoundException("error.claim.not-found", claimId);
    }
}
