package org.claimdesk.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A personal API token. Only its SHA-256 hash is stored; the token itself is shown once, at creation. */
@Entity
@org.hibernate.annotations.DynamicUpdate // UPDATE sets changed columns only, all that is granted (R__app_role_grants)
@Table(name = "api_token")
class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "api_token_id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(name = "token_hash", nullable = false, length = 64, columnDefinition = "bpchar(64)")
    private String tokenHash;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ApiToken() {
    }

    ApiToken(Account account, String tokenHash, String name, Instant createdAt) {
        this.account = account;
        this.tokenHash = tokenHash;
        this.name = name;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    Account account() { return account; }
    Instant lastUsedAt() { return lastUsedAt; }
    boolean revoked() { return revokedAt != null; }

    void revoke(Instant at) { this.revokedAt = at; }

    ApiTokenSummary summary() {
        return new ApiTokenSummary(id, name, createdAt, lastUsedAt, revokedAt);
    }
}
