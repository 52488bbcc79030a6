package org.claimdesk.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: scripts authenticate with {@code Authorization: Bearer <token>} and skip the
 * deliberately slow password hash. A token works only while it is not revoked and its account is enabled.
 */
@Service
public class ApiTokenService {

    static final String PREFIX = "cd_";
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public IssuedToken create(String name) {
        String label = name == null || name.isBlank() ? "API token" : name.strip();
        if (label.length() > 100) {
            throw new InvalidInputException("error.token.name-too-long", 100);
        }
        Account owner = accounts.findByUsername(CurrentUser.require())
                .orElseThrow(() -> new NotFoundException("error.token.account-gone"));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken saved = tokens.save(new ApiToken(owner, sha256(token), label, clock.instant()));
        return new IssuedToken(saved.id(), label, token);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ApiTokenSummary> listMine() {
        return tokens.findByAccountUsernameOrderByIdDesc(CurrentUser.require()).stream()
                .map(ApiToken::summary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(Long id) {
        ApiToken token = tokens.findById(id)
                .filter(t -> t.account().username().equals(CurrentUser.require()))
                .orElseThrow(() -> new NotFoundException("error.token.not-found", id));
        if (!token.revoked()) {
            token.revoke(clock.instant());
        }
    }

    /** The authentication step itself (called before anyone is signed in), hence package-private. */
    @Transactional
    Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByHashWithAccount(sha256(token))
                .filter(t -> !t.revoked() && t.account().enabled())
                .map(t -> {
                    Instant now = clock.instant();
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
                        tokens.markUsed(t.id(), now, now.minus(LAST_USED_GRANULARITY));
                    }
                    Account account = t.account();
                    return UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
                            List.of(new SimpleGrantedAuthority(account.role().authority())));
                });
    }

    /** How many of the signed-in user's tokens still work: what "revoke my tokens" would end. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countMineActive() {
        return accounts.findByUsername(CurrentUser.require())
                .map(a -> tokens.countByAccountIdAndRevokedAtIsNull(a.id())).orElse(0L);
    }

    /** Revokes every token of an account; called by the account service in the same transaction. */
    int revokeAllOf(Account account, Instant at) {
        return tokens.revokeAllOf(account.id(), at);
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
