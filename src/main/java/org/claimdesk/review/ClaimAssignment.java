package org.claimdesk.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An editor's assignment of one claim to a reviewer; rows are only added, so who assigned whom stays known. */
@Entity
@Immutable
@Table(name = "claim_assignment")
class ClaimAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "claim_assignment_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "reviewer", nullable = false, length = 64)
    private String reviewer;

    @Column(name = "assigned_by", nullable = false, length = 64)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected ClaimAssignment() {
    }

    ClaimAssignment(Long claimId, Long articleId, String reviewer, String assignedBy, Instant assignedAt) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.reviewer = reviewer;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    Long claimId() { return claimId; }
    Long articleId() { return articleId; }
    String reviewer() { return reviewer; }
    String assignedBy() { return assignedBy; }
    Instant assignedAt() { return assignedAt; }
}
