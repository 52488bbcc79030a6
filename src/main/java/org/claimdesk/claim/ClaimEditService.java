package org.claimdesk.claim;

import java.time.Clock;
import java.util.Objects;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reviewers correct what the splitter found: short form, speaker, hint, and whether it is a claim at all.
 * Every change writes a history row (before, after); the claim's boundaries are {@link ClaimBoundaryService}'s.
 */
@Service
public class ClaimEditService {

    private final ClaimChanges changes;
    private final Clock clock;

    ClaimEditService(ClaimChanges changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void editShortForm(Long claimId, String shortForm) {
        String value = shortForm(shortForm);
        changes.change(claimId, ClaimAction.SHORT_FORM_EDITED, c -> c.setShortForm(value, clock.instant()));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void setSpeaker(Long claimId, String speaker) {
        String value = speaker(speaker);
        changes.change(claimId, ClaimAction.SPEAKER_SET, c -> c.setSpeaker(value));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void setCheckworthiness(Long claimId, Checkworthiness kind) {
        Checkworthiness value = checkworthiness(kind);
        changes.change(claimId, ClaimAction.CHECKWORTHINESS_SET, c -> c.overrideCheckworthiness(value, CurrentUser.require()));
    }

    /**
     * Short form, speaker and hint saved together, in one transaction: all or nothing. Each field that changed
     * is a history row of its own; nothing changed writes nothing.
     */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void editDetails(Long claimId, ClaimDetails details) {
        String shortForm = shortForm(details.shortForm());
        String speaker = speaker(details.speaker());
        Checkworthiness kind = checkworthiness(details.checkworthiness());
        Claim claim = changes.editable(claimId);
        if (!Objects.equals(shortForm, claim.shortForm())) {
            changes.change(claimId, ClaimAction.SHORT_FORM_EDITED, c -> c.setShortForm(shortForm, clock.instant()));
        }
        if (!Objects.equals(speaker, claim.speaker())) {
            changes.change(claimId, ClaimAction.SPEAKER_SET, c -> c.setSpeaker(speaker));
        }
        if (kind != claim.checkworthiness()) {
            changes.change(claimId, ClaimAction.CHECKWORTHINESS_SET, c -> c.overrideCheckworthiness(kind, CurrentUser.require()));
        }
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void dismiss(Long claimId) {
        changes.change(claimId, ClaimAction.DISMISSED, c -> c.setDismissed(true));
    }

    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR', 'ADMIN')")
    @Transactional
    public void restore(Long claimId) {
        changes.change(claimId, ClaimAction.RESTORED, c -> c.setDismissed(false));
    }

    private static String shortForm(String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > ClaimDetails.MAX_SHORT_FORM) {
            throw new InvalidInputException("claim.short-form-too-long", ClaimDetails.MAX_SHORT_FORM);
        }
        return v;
    }

    private static String speaker(String value) {
        String v = value == null || value.isBlank() ? null : value.strip();
        if (v != null && v.length() > ClaimDetails.MAX_SPEAKER) {
            throw new InvalidInputException("error.claim.speaker-too-long", ClaimDetails.MAX_SPEAKER);
        }
        return v;
    }

    private static Checkworthiness checkworthiness(Checkworthiness kind) {
        if (kind == null) {
            throw new InvalidInputException("error.claim.choose-hint");
        }
        return kind;
    }
}
