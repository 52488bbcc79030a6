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
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.Formula;

/**
 * An imported article: a frozen snapshot (the database refuses changes to its body). A re-check that finds the
 * published text changed adds an {@link ArticleRevision}; {@link #text()} is the latest of them. Only its language
 * changes (the database allows that column and no other), so the UPDATE names only the changed columns.
 */
@Entity
@DynamicUpdate
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

    /** The latest re-checked text (null while the imported text is the only one): read in the same statement. */
    @Formula("(select r.body from article_revision r where r.article_id = article_id order by r.revision desc limit 1)")
    private String revisedBody;

    @Formula("coalesce((select max(r.revision) from article_revision r where r.article_id = article_id), 1)")
    private int revision = 1;

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
    /** The current text: the latest revision's, else the imported body. */
    String text() { return revisedBody != null ? revisedBody : body; }
    int revision() { return revision; }
    String sourceUrl() { return sourceUrl; }
    String publisher() { return publisher; }
    String author() { return author; }
    LocalDate publishedOn() { return publishedOn; }
    String language() { return language; }
    ImportMethod importMethod() { return importMethod; }
    void changeLanguage(String language) { this.language = language; }
    String importedBy() { return importedBy; }
    Instant importedAt() { return importedAt; }
}
