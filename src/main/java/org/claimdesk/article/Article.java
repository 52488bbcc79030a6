package org.claimdesk.article;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An imported article: a frozen snapshot (the database refuses changes to its body). */
@Entity
@Table(name = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "article_id")
    private Long id;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    @Column(name = "source_url", length = 2048)
    private String sourceUrl;

    @Column(name = "publisher", length = 200)
    private String publisher;

    @Column(name = "author", length = 200)
    private String author;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "language", length = 2)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(name = "import_method", nullable = false, length = 16)
    private ImportMethod importMethod;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Article() {
    }

    Article(ArticleDraft draft, ImportMethod method, String importedBy, Instant importedAt) {
        this.title = draft.title();
        this.body = draft.text();
        this.sourceUrl = draft.sourceUrl();
        this.publisher = draft.publisher();
        this.author = draft.author();
        this.publishedOn = draft.publishedOn();
        this.language = draft.language();
        this.importMethod = method;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    Long id() { return id; }
    String title() { return title; }
    String body() { return body; }
    String sourceUrl() { return sourceUrl; }
    String publisher() { return publisher; }
    String author() { return author; }
    LocalDate publishedOn() { return publishedOn; }
    String language() { return language; }
    ImportMethod importMethod() { return importMethod; }
    String importedBy() { return importedBy; }
    Instant importedAt() { return importedAt; }
}
