package org.claimdesk.review.api;

import java.util.Map;
import java.util.stream.Stream;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.SourceArchive;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictView;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimJson;
import org.claimdesk.review.ClaimAsOf;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.QueueItem;
import org.claimdesk.review.QueueService;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.TimelineService;
import org.claimdesk.review.api.ReviewJson.DecisionOut;
import org.claimdesk.review.api.ReviewJson.VerdictOut;
import org.claimdesk.review.api.ReviewJson.VerdictRequest;
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

/** Verdicts, decisions, a claim's review state and history, and my queue: the same rules as the UI. */
@RestController
@RequestMapping("/api/v1")
class ClaimReviewApiController {

    private final ReviewService reviews;
    private final ReviewQueries queries;
    private final QueueService queue;
    private final TimelineService timeline;
    private final EventJson events;
    private final DraftService drafts;
    private final ArchiveService archives;

    ClaimReviewApiController(ReviewService reviews, ReviewQueries queries, QueueService queue,
            TimelineService timeline, EventJson events, DraftService drafts, ArchiveService archives) {
        this.archives = archives;
        this.drafts = drafts;
        this.reviews = reviews;
        this.queries = queries;
        this.queue = queue;
        this.timeline = timeline;
        this.events = events;
    }

    record ClaimReviewOut(ClaimJson claim, boolean blindReview, List<VerdictOut> verdicts, int hiddenVerdicts,
            VerdictOut myVerdict, DecisionOut decision, List<DecisionOut> decisions, String agreement) {
    }

    @GetMapping("/claims/{id}")
    ClaimReviewOut get(@PathVariable Long id) {
        ClaimReview r = queries.review(id);
        Map<String, SourceArchive> a = archives.latest(Stream.concat(
                r.verdicts().stream().flatMap(v -> v.sources().stream()),
                r.decisions().stream().flatMap(d -> d.sources().stream())).map(Source::url).toList());
        return new ClaimReviewOut(ClaimJson.of(r.claim()), r.blind(),
                r.verdicts().stream().map(v -> VerdictOut.of(v, a)).toList(),
                r.hiddenVerdicts(), VerdictOut.of(r.mine(), a), DecisionOut.of(r.decision(), a),
                r.decisions().stream().map(d -> DecisionOut.of(d, a)).toList(),
                r.agreement() == null ? null : r.agreement().name());
    }

    @PostMapping("/claims/{id}/verdicts")
    @PreAuthorize("hasRole('REVIEWER')")
    @ResponseStatus(HttpStatus.CREATED)
    VerdictOut submit(@PathVariable Long id, @RequestBody VerdictRequest request) {
        VerdictView saved = reviews.submitVerdict(id, request.input());
        return VerdictOut.of(saved, archives.latest(saved.sources().stream().map(Source::url).toList()));
    }

    @PostMapping("/claims/{id}/decision")
    @PreAuthorize("hasRole('EDITOR')")
    @ResponseStatus(HttpStatus.CREATED)
    DecisionOut decide(@PathVariable Long id, @RequestBody VerdictRequest request) {
        DecisionView saved = reviews.decide(id, request.input(), request.adoptVerdictId(), request.correctionNote(),
                request.expectedVersion());
        return DecisionOut.of(saved, archives.latest(saved.sources().stream().map(Source::url).toList()));
    }

    /** Paged with {@code ?page=&size=} (newest first), else whole and oldest first: see {@link TimelineAnswers}. */
    @GetMapping("/claims/{id}/history")
    ResponseEntity<List<EventJson.EventOut>> history(@PathVariable Long id,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return TimelineAnswers.answer(page, size, events, () -> timeline.forClaim(id),
                (p, s) -> timeline.forClaim(id, p, s));
    }

    @GetMapping("/claims/{id}/as-of")
    ClaimAsOf asOf(@PathVariable Long id, @RequestParam String at) {
        try {
            return timeline.asOf(id, Instant.parse(at));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.api.at");
        }
    }

    record DraftOut(String verdict, String rationale, List<ReviewJson.SourceOut> sources, Instant savedAt) {
    }

    @GetMapping("/claims/{id}/draft")
    ResponseEntity<DraftOut> draft(@PathVariable Long id) {
        return drafts.draft(id).map(d -> ResponseEntity.ok(new DraftOut(d.verdict() == null ? null : d.verdict().name(),
                d.rationale(), d.sources().stream().map(ReviewJson.SourceOut::of).toList(), d.savedAt())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** Saves a half-written verdict; nothing in it is checked yet (that happens when it is submitted). */
    @PutMapping("/claims/{id}/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void saveDraft(@PathVariable Long id, @RequestBody VerdictRequest request) {
        var input = request.draft();
        drafts.save(id, input.verdict(), input.rationale(), input.sources());
    }

    @GetMapping("/queue")
    List<QueueItem> queue() {
        return queue.queue();
    }
}
