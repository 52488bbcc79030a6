package org.claimdesk.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable line of an account's history: created, disabled, password reset... (never the password). */
@Entity
@Immutable
@Table(name = "account_history")
class AccountHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "account_history_id")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Column(name = "action", nullable = false, length = 32)
    private String action;

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

    protected AccountHistoryEntry() {
    }

    AccountHistoryEntry(Long accountId, String action, String actor, Instant occurredAt, String beforeState,
            String afterState) {
        this.accountId = accountId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.beforeState = beforeState;
        this.afterState = afterState;
    }
}
