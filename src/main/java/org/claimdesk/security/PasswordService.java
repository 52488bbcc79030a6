package org.claimdesk.security;

import java.time.Instant;

import org.claimdesk.base.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Password changes: an admin's reset, or a user's own change. Both end sessions; each is history. */
@Service
public class PasswordService {

    private final AccountRepository accounts;
    private final AccountHistoryRecorder history;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SessionValidity sessions;

    PasswordService(AccountRepository accounts, AccountHistoryRecorder history, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, SessionValidity sessions) {
        this.accounts = accounts;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.sessions = sessions;
    }

    /** An admin's reset ends the account's UI sessions at once and revokes its API tokens. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        Account account = AccountService.find(accounts, username);
        policy.check(newPassword, account.username(), account.displayName());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endAll(account, true);
        history.record(account, "PASSWORD_RESET", null, null);
    }

    /**
     * Ends every UI session of the caller that signed in before now, and revokes the caller's tokens if
     * asked. The caller's own UI session survives by being stamped with the returned instant
     * ({@link SessionValidity#keep}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant changeOwnPassword(String currentPassword, String newPassword, boolean revokeTokens) {
        Account account = AccountService.find(accounts, CurrentUser.require());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("error.password.current-wrong");
        }
        policy.check(newPassword, account.username(), account.displayName());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        Instant now = sessions.endAll(account, revokeTokens);
        history.record(account, "PASSWORD_CHANGED", null, null);
        return now;
    }
}
