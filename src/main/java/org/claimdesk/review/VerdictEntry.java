package org.claimdesk.review;

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

/**
 * One submitted verdict or revision: immutable (the database refuses UPDATE and DELETE), so it carries no
 * {@code @Version}; concurrent revisions by one reviewer collide on the unique (claim, reviewer, revision).
 */
@Entity
@Immutable
@Table(name = "verdict_history")
class VerdictEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "verdict_history_seq")
    @SequenceGenerator(name = "verdict_history_seq", sequenceName = "verdict_history_seq", allocationSize = 50)
    @Column(name = "verdict_history_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "reviewer", nullable = false, length = 64)
    private String reviewer;

    @Column(name = "revision", nullable = false)
    private int revision;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 24)
    private VerdictType verdict;

    @Column(name = "rationale", nullable = false, columnDefinition = "text")
    private String rationale;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sources", nullable = false)
    private String sources;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution", length = 16)
    private Attribution attribution;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected VerdictEntry() {
    }

    VerdictEntry(Long claimId, Long articleId, String reviewer, int revision, VerdictType verdict, String rationale,
            String sources, Instant createdAt) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.reviewer = reviewer;
        this.revision = revision;
        this.verdict = verdict;
        this.rationale = rationale;
        this.sources = sources;
        this.createdAt = createdAt;
    }

    VerdictEntry(Long claimId, Long articleId, String reviewer, int revision, VerdictInput input, String sources,
            Instant createdAt) {
        this(claimId, articleId, reviewer, revision, input.verdict(), input.rationale(), sources, createdAt);
        this.attribution = input.attribution();
    }

    Long id() { return id; }
    Long claimId() { return claimId; }
    Long articleId() { return articleId; }
    String reviewer() { return reviewer; }
    int revision() { return revision; }
    VerdictType verdict() { return verdict; }
    String rationale() { return rationale; }
    String sources() { return sources; }
    Instant createdAt() { return createdAt; }
    Attribution attribution() { return attribution; }
}
