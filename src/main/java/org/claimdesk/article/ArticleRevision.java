package org.claimdesk.article;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A later text of an article, found by a re-check (revision 1 is the imported {@code article.body}). Append-only:
 * the database refuses UPDATE, DELETE and TRUNCATE, so every text a claim ever pointed into stays readable.
 */
@Entity
@Immutable
@Table(name = "article_revision")
class ArticleRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "article_revision_id")
    private Long id;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "language", length = 2)
    private String language;

    @Column(name = "fetched_by", nullable = false, length = 64)
    private String fetchedBy;

    @Column(name = "fetched_at", nullable = false)
    private Instant fetchedAt;

    protected ArticleRevision() {
    }

    ArticleRevision(Long articleId, int revision, String body, String language, String fetchedBy, Instant fetchedAt) {
        this.articleId = articleId;
        this.revision = revision;
        this.body = body;
        this.language = language;
        this.fetchedBy = fetchedBy;
        this.fetchedAt = fetchedAt;
    }

    int revision() { return revision; }
    String body() { return body; }

    ArticleRevisionView view() {
        return new ArticleRevisionView(revision, body, language, fetchedBy, fetchedAt);
    }
}
