package org.claimdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
    Optional<ApiToken> findByHashWithAccount(String hash);

    List<ApiToken> findByAccountUsernameOrderByIdDesc(String username);

    /**
     * Records use with one conditional UPDATE, not a versioned entity write: parallel requests with one
     * token never conflict, and at most one of them per minute writes at all.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :staleBefore)")
    int markUsed(Long id, Instant now, Instant staleBefore);

    @Modifying
    @Query("update ApiToken t set t.revokedAt = :now where t.account.id = :accountId and t.revokedAt is null")
    int revokeAllOf(Long accountId, Instant now);

    long countByAccountIdAndRevokedAtIsNull(Long accountId);
}
