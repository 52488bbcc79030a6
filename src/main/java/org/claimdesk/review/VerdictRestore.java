package org.claimdesk.review;

import java.time.Instant;
import java.util.List;

/**
 * A verdict revision or a decision as an export carries it (ids and claim ids are the exporter's), with its
 * attribution finding (null when the question was not answered).
 */
public record VerdictRestore(Long id, Long claimId, String who, int revision, VerdictType verdict, String rationale,
        List<Source> sources, Long adoptedVerdictId, String correctionNote, Instant at, Attribution attribution) {
}
