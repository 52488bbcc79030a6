package org.claimdesk.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A discussion per claim between reviewers and the editor. Comments are history (never edited or deleted) and
 * appear in the claim's timeline; under blind review {@link BlindReview} decides who reads whose.
 */
@Service
public class CommentService {

    /** The longest comment kept; the database refuses longer ones too. */
    public static final int MAX_TEXT = 4000;

    private final CommentRepository comments;
    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final ReviewSettingsService settings;
    private final JsonMapper json;
    private final Clock clock;

    CommentService(CommentRepository comments, ClaimService claims, VerdictRepository verdicts,
            ReviewSettingsService settings, JsonMapper json, Clock clock) {
        this.comments = comments;
        this.claims = claims;
        this.verdicts = verdicts;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional
    public CommentView post(Long claimId, String text) {
        ClaimView claim = claims.get(claimId);
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException("error.comment.empty");
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidInputException("error.comment.too-long", MAX_TEXT, value.length());
        }
        return comments.save(new CommentEntry(claim.id(), claim.articleId(), CurrentUser.require(), value,
                clock.instant())).view();
    }

    /** The claim's comments the current user may read, oldest first, and how many blind review hides. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Discussion discussion(Long claimId) {
        ClaimView claim = claims.get(claimId);
        BlindReview view = BlindReview.forCurrentUser(settings.blind(claim.articleId()),
                verdicts.findByClaimIdOrderByIdAsc(claimId));
        List<CommentEntry> all = comments.findByClaimIdOrderByIdAsc(claimId);
        List<CommentView> visible = all.stream().filter(view::canSee).map(CommentEntry::view).toList();
        return new Discussion(visible, all.size() - visible.size());
    }

    /** The article's comments the current user may read, oldest first (what an export carries). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommentView> forArticle(Long articleId) {
        BlindReview view = BlindReview.forCurrentUser(settings.blind(articleId),
                verdicts.findByArticleIdOrderByIdAsc(articleId));
        return comments.findByArticleIdOrderByIdAsc(articleId).stream().filter(view::canSee).map(CommentEntry::view)
                .toList();
    }

    /** The comments as timeline events (after = {"text": ...}), only those {@code view} lets the reader see. */
    List<TimelineEvent> events(List<CommentEntry> entries, BlindReview view) {
        return entries.stream().filter(view::canSee)
                .map(c -> new TimelineEvent(c.claimId(), c.createdAt(), c.author(), ReviewAction.COMMENTED, null,
                        json.writeValueAsString(Map.of("comment", c.text())))).toList();
    }

    List<TimelineEvent> claimEvents(Long claimId, BlindReview view) {
        return events(comments.findByClaimIdOrderByIdAsc(claimId), view);
    }

    List<TimelineEvent> articleEvents(Long articleId, BlindReview view) {
        return events(comments.findByArticleIdOrderByIdAsc(articleId), view);
    }
}
