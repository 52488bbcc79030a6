package org.claimdesk.security;

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

@Entity
@org.hibernate.annotations.DynamicUpdate // UPDATE sets changed columns only, all that is granted (R__app_role_grants)
@Table(name = "account")
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "account_id")
    private Long id;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** UI sessions signed in before this instant end on their next request (null: none ended yet). */
    @Column(name = "sessions_valid_after")
    private Instant sessionsValidAfter;

    /** The UI language chosen on My account (ISO 639-1), or null: the browser's. */
    @Column(name = "language", length = 2)
    private String language;

    /** The time zone chosen on My account (IANA id), or null: the browser's. */
    @Column(name = "time_zone", length = 64)
    private String timeZone;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Account() {
    }

    Account(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    Long id() { return id; }
    String username() { return username; }
    String displayName() { return displayName; }
    String passwordHash() { return passwordHash; }
    Role role() { return role; }
    boolean enabled() { return enabled; }
    Instant createdAt() { return createdAt; }

    String language() { return language; }
    String timeZone() { return timeZone; }

    void choosePreferences(String language, String timeZone) {
        this.language = language;
        this.timeZone = timeZone;
    }

    void changePasswordHash(String newHash) { this.passwordHash = newHash; }
    void setEnabled(boolean enabled) { this.enabled = enabled; }
    void endSessionsSignedInBefore(Instant at) { this.sessionsValidAfter = at; }

    AccountSummary summary() {
        return new AccountSummary(id, username, displayName, role, enabled, createdAt);
    }
}
