package org.claimdesk.review;

import java.time.Instant;
import java.util.List;

/** An editor's decision; revisions after the first are corrections and carry a public note. */
public record DecisionView(Long id, Long claimId, String editor, int revision, VerdictType verdict, String rationale,
        List<Source> sources, Long adoptedVerdictId, String correctionNote, Instant createdAt, Attribution attribution) {

    public boolean correction() {
        return revision > 1;
    }
}
