package org.claimdesk.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByRoleAndEnabledTrue(Role role);

    List<Account> findAllByOrderByUsernameAsc();

    /** What a UI session needs on every request: two columns, no entity. */
    record SessionRule(boolean enabled, Instant sessionsValidAfter) {
    }

    @Query("select new org.claimdesk.security.AccountRepository$SessionRule(a.enabled, a.sessionsValidAfter)"
            + " from Account a where a.username = :username")
    Optional<SessionRule> findSessionRule(String username);
}
