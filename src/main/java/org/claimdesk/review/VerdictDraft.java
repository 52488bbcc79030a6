package org.claimdesk.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A reviewer's unfinished verdict on a claim, saved as they type. */
@Entity
@org.hibernate.annotations.DynamicUpdate // UPDATE sets changed columns only, all that is granted (R__app_role_grants)
@Table(name = "verdict_draft")
class VerdictDraft {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "verdict_draft_id")
    private Long id;

    @Column(name = "claim_id", nullable = false)
    private Long claimId;

    @Column(name = "reviewer", nullable = false, length = 64)
    private String reviewer;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", length = 24)
    private VerdictType verdict;

    @Column(name = "rationale", nullable = false, columnDefinition = "text")
    private String rationale = "";

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sources", nullable = false)
    private String sources = "[]";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected VerdictDraft() {
    }

    VerdictDraft(Long claimId, String reviewer) {
        this.claimId = claimId;
        this.reviewer = reviewer;
    }

    Long claimId() { return claimId; }
    VerdictType verdict() { return verdict; }
    String rationale() { return rationale; }
    String sources() { return sources; }
    Instant updatedAt() { return updatedAt; }

    void update(VerdictType verdict, String rationale, String sources, Instant at) {
        this.verdict = verdict;
        this.rationale = rationale == null ? "" : rationale;
        this.sources = sources;
        this.updatedAt = at;
    }
}
