package org.claimdesk.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One immutable row of an article's own history (the database refuses UPDATE, DELETE and TRUNCATE). */
@Entity
@Immutable
@Table(name = "article_history")
class ArticleHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "article_history_id")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 32)
    private ArticleAction action;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state", columnDefinition = "jsonb")
    private String before;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state", columnDefinition = "jsonb")
    private String after;

    protected ArticleHistoryEntry() {
    }

    ArticleHistoryEntry(Long articleId, ArticleAction action, String actor, Instant occurredAt, String before,
            String after) {
        this.articleId = articleId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.before = before;
        this.after = after;
    }

    ArticleAction action() { return action; }
    String actor() { return actor; }
    Instant occurredAt() { return occurredAt; }
    String before() { return before; }
    String after() { return after; }
}
