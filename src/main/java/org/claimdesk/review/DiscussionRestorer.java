package org.claimdesk.review;

import java.util.List;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores an exported article's discussion again: its comments and single-claim assignments, with their original
 * authors and times, on the restored claims (exporter claim id → new id). The caller has checked the people.
 */
@Service
public class DiscussionRestorer {

    private final CommentRepository comments;
    private final ClaimAssignmentRepository assignments;

    DiscussionRestorer(CommentRepository comments, ClaimAssignmentRepository assignments) {
        this.comments = comments;
        this.assignments = assignments;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(propagation = Propagation.MANDATORY)
    public void restore(Long articleId, Map<Long, Long> claimIds, List<CommentView> commentRows,
            List<ClaimAssignmentView> assignmentRows) {
        for (CommentView c : commentRows) {
            String text = c.text() == null ? "" : c.text().strip();
            if (text.isEmpty() || text.length() > CommentService.MAX_TEXT) {
                throw new InvalidInputException("error.restore.comment-text", CommentService.MAX_TEXT);
            }
            comments.save(new CommentEntry(claim(claimIds, c.claimId()), articleId, c.author(), text, c.createdAt()));
        }
        for (ClaimAssignmentView a : assignmentRows) {
            Long claim = claim(claimIds, a.claimId());
            if (!assignments.existsByClaimIdAndReviewer(claim, a.reviewer())) {
                assignments.save(new ClaimAssignment(claim, articleId, a.reviewer(), a.assignedBy(), a.assignedAt()));
            }
        }
    }

    private static Long claim(Map<Long, Long> claimIds, Long exported) {
        Long id = claimIds.get(exported);
        if (id == null) {
            throw new InvalidInputException("error.restore.discussion-claim", exported);
        }
        return id;
    }
}
