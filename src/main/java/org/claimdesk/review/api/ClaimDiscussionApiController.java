package org.claimdesk.review.api;

import java.time.Instant;
import java.util.List;

import org.claimdesk.review.ClaimAssignmentService;
import org.claimdesk.review.CommentService;
import org.claimdesk.review.CommentView;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A claim's discussion (comments) and its single-claim assignments: the same services as the UI. */
@RestController
@RequestMapping("/api/v1/claims/{id}")
class ClaimDiscussionApiController {

    private final CommentService comments;
    private final ClaimAssignmentService assignments;

    ClaimDiscussionApiController(CommentService comments, ClaimAssignmentService assignments) {
        this.comments = comments;
        this.assignments = assignments;
    }

    record CommentRequest(String text) {
    }

    record CommentOut(Long id, String author, Instant createdAt, String text) {
        static CommentOut of(CommentView c) {
            return new CommentOut(c.id(), c.author(), c.createdAt(), c.text());
        }
    }

    record AssignRequest(String reviewer) {
    }

    /** Oldest first (newest last); under blind review only what the caller may read. */
    @GetMapping("/comments")
    List<CommentOut> comments(@PathVariable Long id) {
        return comments.discussion(id).comments().stream().map(CommentOut::of).toList();
    }

    @PostMapping("/comments")
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    CommentOut post(@PathVariable Long id, @RequestBody CommentRequest request) {
        return CommentOut.of(comments.post(id, request.text()));
    }

    @GetMapping("/assignments")
    List<String> assignments(@PathVariable Long id) {
        return assignments.assignees(id);
    }

    @PostMapping("/assignments")
    @PreAuthorize("hasRole('EDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    List<String> assign(@PathVariable Long id, @RequestBody AssignRequest request) {
        assignments.assign(id, request.reviewer());
        return assignments.assignees(id);
    }
}
