package org.claimdesk.claim;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable line of a claim's history; the database refuses UPDATE and DELETE on the table. */
@Entity
@Immutable
@Table(name = "claim_history")
class ClaimHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_history_seq")
    @SequenceGenerator(name = "claim_history_seq", sequenceName = "claim_history_seq", allocationSize = 50)
    @Column(name = "claim_history_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 32)
    private ClaimAction action;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    private String beforeState;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    private String afterState;

    protected ClaimHistoryEntry() {
    }

    ClaimHistoryEntry(Long claimId, Long articleId, ClaimAction action, String actor, Instant occurredAt,
            String beforeState, String afterState) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }

    Long articleId() {
        return articleId;
    }

    ClaimHistoryItem item() {
        return new ClaimHistoryItem(id, claimId, action, actor, occurredAt, beforeState, afterState);
    }
}
