package org.claimdesk.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One comment in a claim's discussion: immutable (the database refuses UPDATE and DELETE), so no version. */
@Entity
@Immutable
@Table(name = "comment_history")
class CommentEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "comment_history_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "author", nullable = false, length = 64)
    private String author;

    @Column(name = "text", nullable = false, columnDefinition = "text")
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CommentEntry() {
    }

    CommentEntry(Long claimId, Long articleId, String author, String text, Instant createdAt) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.author = author;
        this.text = text;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    Long claimId() { return claimId; }
    String author() { return author; }
    String text() { return text; }
    Instant createdAt() { return createdAt; }

    CommentView view() {
        return new CommentView(id, claimId, author, createdAt, text);
    }
}
