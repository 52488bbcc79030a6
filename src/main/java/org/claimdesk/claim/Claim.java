package org.claimdesk.claim;

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
import jakarta.persistence.Version;
import org.hibernate.annotations.SQLRestriction;

/**
 * A sentence-level claim: a span of its article's frozen text, with what reviewers added to it. A claim retired by
 * a re-split (the article's language changed) keeps its row for its history, and is no claim any more: the
 * restriction leaves it out of every load and query of this entity, in one place.
 */
@Entity
@Table(name = "claim")
@SQLRestriction("retired_at is null")
class Claim {

    static final int MAX_CHECKWORTHINESS_REASON = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_seq")
    @SequenceGenerator(name = "claim_seq", sequenceName = "claim_seq", allocationSize = 50)
    @Column(name = "claim_id")
    private Long id;

    @Column(name = "article_id", nullable = false, updatable = false)
    private Long articleId;

    @Column(name = "start_offset", nullable = false)
    private int start;

    @Column(name = "end_offset", nullable = false)
    private int end;

    @Column(name = "short_form", columnDefinition = "text")
    private String shortForm;

    @Column(name = "speaker", length = ClaimDetails.MAX_SPEAKER)
    private String speaker;

    @Enumerated(EnumType.STRING)
    @Column(name = "checkworthiness", nullable = false, length = 16)
    private Checkworthiness checkworthiness;

    @Column(name = "checkworthiness_reason", nullable = false, length = MAX_CHECKWORTHINESS_REASON)
    private String checkworthinessReason;

    @Column(name = "checkworthiness_overridden", nullable = false)
    private boolean checkworthinessOverridden;

    @Column(name = "dismissed", nullable = false)
    private boolean dismissed;

    @Column(name = "merged_into")
    private Long mergedInto;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private ClaimStatus status = ClaimStatus.OPEN;

    @Column(name = "text_changed_at", nullable = false)
    private Instant textChangedAt;

    @Column(name = "revision", nullable = false)
    private int revision = 1;

    @Column(name = "stale_since")
    private Instant staleSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "stale_reason", length = 16)
    private StaleReason staleReason;

    @Column(name = "stale_before", columnDefinition = "text")
    private String staleBefore;

    @Column(name = "stale_after", columnDefinition = "text")
    private String staleAfter;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "retired_by", length = 64)
    private String retiredBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Claim() {
    }

    Claim(Long articleId, Span span, String speaker, CheckworthinessRules.Hint hint, Instant createdAt) {
        this.articleId = articleId;
        this.start = span.start();
        this.end = span.end();
        this.speaker = speaker;
        this.checkworthiness = hint.kind();
        this.checkworthinessReason = hint.reason();
        this.textChangedAt = createdAt;
    }

    static Claim restored(Long articleId, ClaimRestore r) {
        Claim claim = new Claim(articleId, new Span(r.start(), r.end()), r.speaker(),
                new CheckworthinessRules.Hint(r.checkworthiness(), r.checkworthinessReason()), r.textChangedAt());
        claim.shortForm = r.shortForm();
        claim.checkworthinessOverridden = r.checkworthinessOverridden();
        claim.dismissed = r.dismissed();
        claim.status = r.status();
        claim.revision = r.revision();
        if (r.stale() != null) {
            claim.markStale(r.stale().reason(), r.stale().before(), r.stale().after(), r.stale().since());
        }
        return claim;
    }

    Long id() { return id; }
    Long articleId() { return articleId; }
    int start() { return start; }
    int end() { return end; }
    Span span() { return new Span(start, end); }
    String shortForm() { return shortForm; }
    String speaker() { return speaker; }
    Checkworthiness checkworthiness() { return checkworthiness; }
    String checkworthinessReason() { return checkworthinessReason; }
    boolean checkworthinessOverridden() { return checkworthinessOverridden; }
    boolean dismissed() { return dismissed; }
    Long mergedInto() { return mergedInto; }
    boolean active() { return mergedInto == null; }
    ClaimStatus status() { return status; }
    Instant textChangedAt() { return textChangedAt; }
    long version() { return version; }
    /** The article revision whose text the offsets point into. */
    int revision() { return revision; }
    StaleMark stale() {
        return staleSince == null ? null : new StaleMark(staleSince, staleReason, staleBefore, staleAfter);
    }

    /** The same words found in a newer text of the article: new offsets, and its verdicts still apply. */
    void shift(Span span, int revision) {
        this.start = span.start();
        this.end = span.end();
        this.revision = revision;
    }

    /** Stale from {@code at}; a claim already stale keeps its first date and the words its verdicts were given on. */
    void markStale(StaleReason reason, String before, String after, Instant at) {
        if (staleSince == null) {
            this.staleSince = at;
            this.staleBefore = before;
        }
        this.staleReason = reason;
        this.staleAfter = after;
    }

    void clearStale() {
        this.staleSince = null;
        this.staleReason = null;
        this.staleBefore = null;
        this.staleAfter = null;
    }

    /** No claim any more: the article was split again (its history stays). */
    void retire(String by, Instant at) {
        this.retiredBy = by;
        this.retiredAt = at;
    }

    void moveTo(Span span, Instant at) {
        this.start = span.start();
        this.end = span.end();
        this.textChangedAt = at;
    }

    void rehint(CheckworthinessRules.Hint hint) {
        if (!checkworthinessOverridden) {
            this.checkworthiness = hint.kind();
            this.checkworthinessReason = hint.reason();
        }
    }

    void overrideCheckworthiness(Checkworthiness kind, String reviewer) {
        this.checkworthiness = kind;
        this.checkworthinessReason = "Set by " + reviewer;
        this.checkworthinessOverridden = true;
    }

    void setShortForm(String shortForm, Instant at) {
        this.shortForm = shortForm;
        this.textChangedAt = at;
    }

    void setSpeaker(String speaker) { this.speaker = speaker; }
    void setDismissed(boolean dismissed) { this.dismissed = dismissed; }
    void mergeInto(Long target) { this.mergedInto = target; }
    void setStatus(ClaimStatus status) { this.status = status; }

    /** What a history row records as "before" and "after". */
    ClaimState state(String articleText) {
        return new ClaimState(start, end, articleText.substring(start, end), shortForm, speaker, checkworthiness,
                dismissed, mergedInto, status, revision);
    }
}
