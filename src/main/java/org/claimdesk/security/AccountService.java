package org.claimdesk.security;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: created, enabled and disabled by admins (passwords: {@link PasswordService}). Each change is history. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final AccountHistoryRecorder history;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final SessionValidity sessions;
    private final Clock clock;

    AccountService(AccountRepository accounts, AccountHistoryRecorder history, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, SessionValidity sessions, Clock clock) {
        this.accounts = accounts;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.sessions = sessions;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> list() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(Account::summary).toList();
    }

    /** Usernames of the enabled accounts with a role: whom an editor can assign. */
    @PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<String> activeUsernames(Role role) {
        return accounts.findAllByOrderByUsernameAsc().stream().filter(a -> a.role() == role && a.enabled())
                .map(Account::username).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return accounts.findByUsername(normalize(username)).isPresent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean anyEnabledAdmin() {
        return accounts.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(NewAccount command) {
        String username = normalize(command.username());
        if (!USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("error.account.username");
        }
        if (username.equals(SystemActor.NAME)) {
            throw new InvalidInputException("error.account.reserved", SystemActor.NAME);
        }
        if (command.role() == null) {
            throw new InvalidInputException("error.account.role-required");
        }
        // Start-up accounts (the configured admin, the demo accounts) are created directly with the
        // operator's configured password: the policy judges passwords that people choose.
        if (!SystemActor.isActing()) {
            policy.check(command.password(), username, command.displayName());
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("error.account.taken", username);
        }
        String displayName = command.displayName() == null || command.displayName().isBlank()
                ? username : command.displayName().strip();
        if (displayName.length() > 128) {
            throw new InvalidInputException("error.account.display-name-too-long", 128);
        }
        Account account = accounts.save(new Account(username, displayName,
                passwordEncoder.encode(command.password()), command.role(), clock.instant()));
        history.record(account, "CREATED", null, AccountHistoryRecorder.state(account));
        return account.summary();
    }

    /** Disabling ends the account's UI sessions at once and revokes its API tokens. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setEnabled(String username, boolean enabled) {
        Account account = find(accounts, username);
        if (!enabled && account.username().equals(CurrentUser.require())) {
            throw new InvalidInputException("error.account.disable-self");
        }
        Map<String, Object> before = AccountHistoryRecorder.state(account);
        account.setEnabled(enabled);
        if (!enabled) {
            sessions.endAll(account, true);
        }
        history.record(account, enabled ? "ENABLED" : "DISABLED", before, AccountHistoryRecorder.state(account));
        return account.summary();
    }

    static Account find(AccountRepository accounts, String username) {
        return accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new NotFoundException("error.account.not-found", username));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
