package org.claimdesk.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves what a reviewer or editor has typed so far, so nothing is lost to navigation, reload or expiry. */
@Service
public class DraftService {

    public record Draft(VerdictType verdict, String rationale, List<Source> sources, java.time.Instant savedAt) {
    }

    private final VerdictDraftRepository drafts;
    private final ClaimService claims;
    private final SourcesJson sources;
    private final Clock clock;

    DraftService(VerdictDraftRepository drafts, ClaimService claims, SourcesJson sources, Clock clock) {
        this.drafts = drafts;
        this.claims = claims;
        this.sources = sources;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional(readOnly = true)
    public Optional<Draft> draft(Long claimId) {
        return drafts.findByClaimIdAndReviewer(claimId, CurrentUser.require())
                .map(d -> new Draft(d.verdict(), d.rationale(), sources.read(d.sources()), d.updatedAt()));
    }

    /** The claims I have a draft on, most recently saved first (at most ten), for the desk overview. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> myDraftClaims() {
        return drafts.findTop10ByReviewerOrderByUpdatedAtDesc(CurrentUser.require()).stream()
                .map(VerdictDraft::claimId).toList();
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional
    public void save(Long claimId, VerdictType verdict, String rationale, List<Source> draftSources) {
        claims.get(claimId);
        if (rationale != null && rationale.length() > VerdictInput.MAX_RATIONALE * 2) {
            throw new InvalidInputException("error.draft.too-long");
        }
        String me = CurrentUser.require();
        VerdictDraft draft = drafts.findByClaimIdAndReviewer(claimId, me)
                .orElseGet(() -> new VerdictDraft(claimId, me));
        draft.update(verdict, rationale, sources.write(draftSources), clock.instant());
        drafts.save(draft);
    }
}
