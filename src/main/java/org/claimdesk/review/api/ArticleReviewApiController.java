package org.claimdesk.review.api;

import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.ReviewSettingsService;
import org.claimdesk.review.TimelineService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An article's review: summary, timeline, blind-review setting and assignments (editors). */
@RestController
@RequestMapping("/api/v1/articles/{id}")
class ArticleReviewApiController {

    private final ReviewQueries queries;
    private final ReviewSettingsService settings;
    private final TimelineService timeline;
    private final EventJson events;

    ArticleReviewApiController(ReviewQueries queries, ReviewSettingsService settings, TimelineService timeline,
            EventJson events) {
        this.queries = queries;
        this.settings = settings;
        this.timeline = timeline;
        this.events = events;
    }

    record BlindSetting(Boolean blind) {
    }

    record AssignRequest(String reviewer) {
    }

    @GetMapping("/review-summary")
    ArticleReviewSummary summary(@PathVariable Long id) {
        return queries.summary(id);
    }

    /** Paged with {@code ?page=&size=} (newest first), else whole and oldest first: see {@link TimelineAnswers}. */
    @GetMapping("/timeline")
    ResponseEntity<List<EventJson.EventOut>> timeline(@PathVariable Long id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return TimelineAnswers.answer(page, size, events, () -> timeline.forArticle(id),
                (p, s) -> timeline.forArticle(id, p, s));
    }

    @PutMapping("/review-settings")
    @PreAuthorize("hasRole('EDITOR')")
    BlindSetting setBlind(@PathVariable Long id, @RequestBody BlindSetting setting) {
        if (setting.blind() == null) {
            throw new InvalidInputException("error.api.blind-required");
        }
        settings.setBlind(id, setting.blind());
        return new BlindSetting(settings.blind(id));
    }

    @GetMapping("/assignments")
    List<String> assignments(@PathVariable Long id) {
        return settings.assignedReviewers(id);
    }

    @PostMapping("/assignments")
    @PreAuthorize("hasRole('EDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    List<String> assign(@PathVariable Long id, @RequestBody AssignRequest request) {
        settings.assign(id, request.reviewer());
        return settings.assignedReviewers(id);
    }
}
