package org.claimdesk.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.claimdesk.base.ConflictException;
import org.claimdesk.claim.ClaimHistoryItem;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimState;
import org.claimdesk.claim.ClaimView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything that happened to a claim or an article, in order: claim edits and status changes, verdicts and
 * their revisions, decisions and corrections; and a claim's state as it stood at any past moment.
 * Blind review holds here too: others' verdicts stay hidden from a reviewer who has not given theirs.
 */
@Service
public class TimelineService {

    private static final java.time.format.DateTimeFormatter CHANGED_AT =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final ReviewSettingsService settings;
    private final SourcesJson sources;
    private final JsonMapper json;
    private final CommentService comments;
    private final ClaimAssignmentService assignments;

    TimelineService(ClaimService claims, VerdictRepository verdicts, DecisionRepository decisions,
            ReviewSettingsService settings, SourcesJson sources, JsonMapper json, CommentService comments,
            ClaimAssignmentService assignments) {
        this.comments = comments;
        this.assignments = assignments;
        this.claims = claims;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.settings = settings;
        this.sources = sources;
        this.json = json;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEvent> forClaim(Long claimId) {
        ClaimView claim = claims.get(claimId);
        List<VerdictEntry> all = verdicts.findByClaimIdOrderByIdAsc(claimId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(claim.articleId()), all);
        return withDiscussion(merge(claims.history(claimId), all, decisions.findByClaimIdOrderByRevisionAsc(claimId),
                view), comments.claimEvents(claimId, view), assignments.claimEvents(claimId, view));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TimelineEvent> forArticle(Long articleId) {
        List<VerdictEntry> all = verdicts.findByArticleIdOrderByIdAsc(articleId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(articleId), all);
        return withDiscussion(merge(claims.articleHistory(articleId), all,
                decisions.findByArticleIdOrderByIdAsc(articleId), view), comments.articleEvents(articleId, view),
                assignments.articleEvents(articleId, view));
    }

    /** Comments and single-claim assignments join the events, in time order. */
    private static List<TimelineEvent> withDiscussion(List<TimelineEvent> events, List<TimelineEvent> commentEvents,
            List<TimelineEvent> assignmentEvents) {
        events.addAll(commentEvents);
        events.addAll(assignmentEvents);
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }

    /** One page of {@link #forClaim}, newest first (see {@link TimelinePage}). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TimelinePage forClaim(Long claimId, int page, int size) {
        TimelinePage.check(page, size);
        return TimelinePage.of(forClaim(claimId), page, size);
    }

    /**
     * One page of {@link #forArticle}, newest first. The page is cut after blind review has filtered the
     * merged events (what a reader may see decides what a page holds), so the rows are still read whole; what
     * the page bounds is the answer and what a view keeps.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TimelinePage forArticle(Long articleId, int page, int size) {
        TimelinePage.check(page, size);
        return TimelinePage.of(forArticle(articleId), page, size);
    }

    /** The article's claim history rows as the current user may read them (what an export carries). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClaimHistoryItem> claimHistory(Long articleId) {
        BlindReview view = BlindReview.forCurrentUser(settings.blind(articleId),
                verdicts.findByArticleIdOrderByIdAsc(articleId));
        return claims.articleHistory(articleId).stream().map(view::asSeen).toList();
    }

    /** The claim as it stood at {@code at}: replayed from its history rows, nothing guessed. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ClaimAsOf asOf(Long claimId, Instant at) {
        ClaimView claim = claims.get(claimId);
        ClaimState state = null;
        for (ClaimHistoryItem item : claims.history(claimId)) {
            if (!item.at().isAfter(at) && item.after() != null) {
                state = json.readValue(item.after(), ClaimState.class);
            }
        }
        List<VerdictEntry> all = verdicts.findByClaimIdOrderByIdAsc(claimId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(claim.articleId()), all);
        Map<String, VerdictEntry> latest = new LinkedHashMap<>();
        all.stream().filter(v -> !v.createdAt().isAfter(at)).filter(view::canSee)
                .forEach(v -> latest.put(v.reviewer(), v));
        DecisionView decision = decisions.findByClaimIdOrderByRevisionAsc(claimId).stream()
                .filter(d -> !d.createdAt().isAfter(at)).reduce((a, b) -> b).map(sources::view).orElse(null);
        return new ClaimAsOf(at, state, latest.values().stream().map(v -> sources.view(v, null)).toList(), decision);
    }

    /** "Changed by bob at 2026-11-27 10:03; reload": for an editor whose view is stale. */
    ConflictException changedMeanwhile(Long claimId) {
        List<TimelineEvent> events = merge(claims.history(claimId), verdicts.findByClaimIdOrderByIdAsc(claimId),
                decisions.findByClaimIdOrderByRevisionAsc(claimId), null);
        TimelineEvent last = events.getLast();
        return new ConflictException("error.decision.changed-meanwhile", last.who(), CHANGED_AT.format(last.at()));
    }

    /** The events in time order; with a {@code view}, only what blind review lets the current user see. */
    private List<TimelineEvent> merge(List<ClaimHistoryItem> claimItems, List<VerdictEntry> verdictItems,
            List<DecisionEntry> decisionItems, BlindReview view) {
        List<TimelineEvent> events = new ArrayList<>();
        for (ClaimHistoryItem item : claimItems) {
            ClaimHistoryItem i = view == null ? item : view.asSeen(item);
            events.add(new TimelineEvent(i.claimId(), i.at(), i.actor(), i.action(), i.before(), i.after()));
        }
        Map<String, String> previousVerdict = new HashMap<>();
        for (VerdictEntry v : verdictItems) {
            if (view != null && !view.canSee(v)) {
                continue;
            }
            String key = v.claimId() + "/" + v.reviewer();
            Map<String, Object> verdictFields = new LinkedHashMap<>();
            verdictFields.put("verdict", v.verdict().name());
            verdictFields.put("attribution", v.attribution() == null ? null : v.attribution().name());
            verdictFields.put("rationale", v.rationale());
            verdictFields.put("sources", sources.read(v.sources()));
            verdictFields.put("revision", v.revision());
            String after = json.writeValueAsString(verdictFields);
            events.add(new TimelineEvent(v.claimId(), v.createdAt(), v.reviewer(),
                    ReviewAction.ofVerdict(v.revision()), previousVerdict.get(key), after));
            previousVerdict.put(key, after);
        }
        Map<Long, String> previousDecision = new HashMap<>();
        for (DecisionEntry d : decisionItems) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("verdict", d.verdict().name());
            fields.put("attribution", d.attribution() == null ? null : d.attribution().name());
            fields.put("rationale", d.rationale());
            fields.put("sources", sources.read(d.sources()));
            fields.put("correctionNote", d.correctionNote());
            String after = json.writeValueAsString(fields);
            events.add(new TimelineEvent(d.claimId(), d.createdAt(), d.editor(),
                    ReviewAction.ofDecision(d.revision()), previousDecision.get(d.claimId()), after));
            previousDecision.put(d.claimId(), after);
        }
        events.sort(Comparator.comparing(TimelineEvent::at));
        return events;
    }
}
