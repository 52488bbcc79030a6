package org.claimdesk.review;

import java.util.List;
import java.util.Map;

import org.claimdesk.archive.CitationAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells the archive whether the current user may read a stored source: yes when a decision cites it (decisions
 * are visible to every signed-in user), or a verdict citing it that {@link BlindReview} lets them see.
 */
@Service
class ArchiveCitations implements CitationAccess {

    private final CitationRepository citations;
    private final VerdictRepository verdicts;
    private final ReviewSettingsService settings;
    private final JsonMapper json;

    ArchiveCitations(CitationRepository citations, VerdictRepository verdicts, ReviewSettingsService settings,
            JsonMapper json) {
        this.citations = citations;
        this.verdicts = verdicts;
        this.settings = settings;
        this.json = json;
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean currentUserSeesACitationOf(String url) {
        String probe = json.writeValueAsString(List.of(Map.of("url", url)));
        if (citations.decisionCites(probe)) {
            return true;
        }
        for (VerdictEntry citing : citations.verdictsCiting(probe)) {
            BlindReview view = BlindReview.forCurrentUser(settings.blind(citing.articleId()),
                    verdicts.currentForClaim(citing.claimId()));
            if (view.canSee(citing)) {
                return true;
            }
        }
        return false;
    }
}
