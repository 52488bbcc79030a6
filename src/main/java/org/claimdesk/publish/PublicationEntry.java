package org.claimdesk.publish;

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

/** One publish or unpublish: immutable (the database refuses UPDATE and DELETE), so it has no version. */
@Entity
@Immutable
@Table(name = "publication_history")
class PublicationEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "publication_history_id")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, length = 16)
    private PublicationAction action;

    @Column(name = "actor", nullable = false, length = 64)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected PublicationEntry() {
    }

    PublicationEntry(Long articleId, PublicationAction action, String actor, Instant occurredAt) {
        this.articleId = articleId;
        this.action = action;
        this.actor = actor;
        this.occurredAt = occurredAt;
    }

    Long id() { return id; }
    Long articleId() { return articleId; }
    PublicationAction action() { return action; }
    String actor() { return actor; }
    Instant occurredAt() { return occurredAt; }

    PublicationEvent view() {
        return new PublicationEvent(articleId, action, actor, occurredAt);
    }
}
