package org.claimdesk.review;

import java.time.Instant;

/** A single claim assigned to a reviewer: by which editor, when. */
public record ClaimAssignmentView(Long claimId, String reviewer, String assignedBy, Instant assignedAt) {
}
