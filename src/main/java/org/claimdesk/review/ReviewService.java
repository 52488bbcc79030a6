package org.claimdesk.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers record verdicts (each submission a new revision, never an overwrite); editors decide the final
 * verdict and approve, and a later change to an approved claim is a correction with a public note. The
 * claim's row is locked while a verdict or decision is written, so simultaneous submissions all land.
 */
@Service
public class ReviewService {

    static final int DEFAULT_REVIEWERS = 2;

    private final ClaimService claims;
    private final VerdictRepository verdicts;
    private final DecisionRepository decisions;
    private final VerdictDraftRepository drafts;
    private final AssignmentRepository assignments;
    private final SourcesJson sources;
    private final TimelineService timeline;
    private final Clock clock;
    private final ArchiveService archives;
    private final ApplicationEventPublisher events;

    ReviewService(ClaimService claims, VerdictRepository verdicts, DecisionRepository decisions,
            VerdictDraftRepository drafts, AssignmentRepository assignments, SourcesJson sources,
            TimelineService timeline, Clock clock, ArchiveService archives, ApplicationEventPublisher events) {
        this.archives = archives;
        this.events = events;
        this.claims = claims;
        this.verdicts = verdicts;
        this.decisions = decisions;
        this.drafts = drafts;
        this.assignments = assignments;
        this.sources = sources;
        this.timeline = timeline;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('REVIEWER')")
    @Transactional
    public VerdictView submitVerdict(Long claimId, VerdictInput input) {
        VerdictInput checked = SourceRules.checked(input, today());
        ClaimView claim = claims.lockForReview(claimId);
        if (claim.dismissed()) {
            throw new InvalidInputException("error.verdict.not-a-claim");
        }
        if (claim.status() == ClaimStatus.APPROVED) {
            throw new InvalidInputException("error.verdict.approved");
        }
        String me = CurrentUser.require();
        requireSpeakerForAttribution(claim, checked);
        VerdictEntry saved = verdicts.saveAndFlush(new VerdictEntry(claimId, claim.articleId(), me,
                verdicts.lastRevision(claimId, me) + 1, checked, sources.write(checked.sources()), clock.instant()));
        drafts.deleteByClaimIdAndReviewer(claimId, me);
        archives.request(checked.sources().stream().map(Source::url).toList());
        int assigned = assignments.countByArticleId(claim.articleId());
        int required = assigned == 0 ? DEFAULT_REVIEWERS : Math.min(DEFAULT_REVIEWERS, assigned);
        claims.changeStatus(claimId, verdicts.reviewerCount(claimId) >= required
                ? ClaimStatus.NEEDS_DECISION : ClaimStatus.IN_REVIEW);
        VerdictView view = sources.view(saved, claim.textChangedAt());
        events.publishEvent(new VerdictSubmitted(claim.articleId(), claim.text(), claim.speaker(), view));
        return view;
    }

    /**
     * The editor's final verdict. {@code expectedVersion} is the claim version the editor was looking at:
     * when the claim changed since, nothing is stored and the answer says who changed it and when.
     */
    @PreAuthorize("hasRole('EDITOR')")
    @Transactional
    public DecisionView decide(Long claimId, VerdictInput input, Long adoptedVerdictId, String correctionNote,
            Long expectedVersion) {
        VerdictInput checked = SourceRules.checked(input, today());
        ClaimView claim = claims.lockForReview(claimId);
        // the lock itself bumped the version by one; the editor saw the version before it
        if (expectedVersion != null && claim.version() - 1 != expectedVersion) {
            throw timeline.changedMeanwhile(claimId);
        }
        if (claim.dismissed()) {
            throw new InvalidInputException("error.decision.not-a-claim");
        }
        requireSpeakerForAttribution(claim, checked);
        Optional<DecisionEntry> last = decisions.findFirstByClaimIdOrderByRevisionDesc(claimId);
        String note = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.strip();
        if (last.isPresent() && note == null) {
            throw new InvalidInputException("error.decision.note-required");
        }
        if (note != null && note.length() > VerdictInput.MAX_RATIONALE) {
            throw new InvalidInputException("error.decision.note-too-long", VerdictInput.MAX_RATIONALE);
        }
        if (adoptedVerdictId != null && verdicts.findById(adoptedVerdictId)
                .filter(v -> v.claimId().equals(claimId)).isEmpty()) {
            throw new InvalidInputException("error.decision.adopted-elsewhere");
        }
        DecisionEntry saved = decisions.saveAndFlush(new DecisionEntry(claimId, claim.articleId(), CurrentUser.require(),
                last.map(DecisionEntry::revision).orElse(0) + 1, checked, sources.write(checked.sources()),
                adoptedVerdictId, last.isPresent() ? note : null, clock.instant()));
        drafts.deleteByClaimIdAndReviewer(claimId, CurrentUser.require());
        archives.request(checked.sources().stream().map(Source::url).toList());
        claims.changeStatus(claimId, ClaimStatus.APPROVED);
        DecisionView view = sources.view(saved);
        events.publishEvent(new ClaimDecided(claim.articleId(), claim.text(), claim.speaker(), view));
        return view;
    }

    /** "Did they say it?" has an answer only where the claim names who said it. */
    private static void requireSpeakerForAttribution(ClaimView claim, VerdictInput input) {
        if (input.attribution() != null && (claim.speaker() == null || claim.speaker().isBlank())) {
            throw new InvalidInputException("error.verdict.attribution-without-speaker");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
