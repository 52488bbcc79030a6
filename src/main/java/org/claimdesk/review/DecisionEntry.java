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

/** An editor's final verdict (revision 1) or a correction of it (later revisions, with a public note). */
@Entity
@Immutable
@Table(name = "decision_history")
class DecisionEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_history_seq")
    @SequenceGenerator(name = "decision_history_seq", sequenceName = "decision_history_seq", allocationSize = 50)
    @Column(name = "decision_history_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "article_id", nullable = false)
    private Long articleId;

    @Column(name = "editor", nullable = false, length = 64)
    private String editor;

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

    @Column(name = "adopted_verdict_id")
    private Long adoptedVerdictId;

    @Column(name = "correction_note", columnDefinition = "text")
    private String correctionNote;

    @Enumerated(EnumType.STRING)
    @Column(name = "attribution", length = 16)
    private Attribution attribution;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DecisionEntry() {
    }

    DecisionEntry(Long claimId, Long articleId, String editor, int revision, VerdictInput input, String sources,
            Long adoptedVerdictId, String correctionNote, Instant createdAt) {
        this.claimId = claimId;
        this.articleId = articleId;
        this.editor = editor;
        this.revision = revision;
        this.verdict = input.verdict();
        this.rationale = input.rationale();
        this.attribution = input.attribution();
        this.sources = sources;
        this.adoptedVerdictId = adoptedVerdictId;
        this.correctionNote = correctionNote;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    Long claimId() { return claimId; }
    Long articleId() { return articleId; }
    String editor() { return editor; }
    int revision() { return revision; }
    VerdictType verdict() { return verdict; }
    String rationale() { return rationale; }
    String sources() { return sources; }
    Long adoptedVerdictId() { return adoptedVerdictId; }
    String correctionNote() { return correctionNote; }
    Instant createdAt() { return createdAt; }
    Attribution attribution() { return attribution; }
}
