package org.claimdesk.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimdesk.base.ConflictException;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Accounts: created and managed by admins; every user changes their own password. Each change is history. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository accounts;
    private final AccountHistoryRepository history;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final JsonMapper json;

    AccountService(AccountRepository accounts, AccountHistoryRepository history, PasswordEncoder passwordEncoder,
            Clock clock, JsonMapper json) {
        this.accounts = accounts;
        this.history = history;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.json = json;
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
            throw new InvalidInputException("A username has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit.");
        }
        if (command.role() == null) {
            throw new InvalidInputException("Choose a role.");
        }
        PasswordPolicy.check(command.password(), username);
        if (accounts.findByUsername(username).isPresent()) {
            throw new ConflictException("An account named '" + username + "' already exists.");
        }
        String displayName = command.displayName() == null || command.displayName().isBlank()
                ? username : command.displayName().strip();
        if (displayName.length() > 128) {
            throw new InvalidInputException("The display name may have at most 128 characters.");
        }
        Account account = accounts.save(new Account(username, displayName,
                passwordEncoder.encode(command.password()), command.role(), clock.instant()));
        record(account, "CREATED", null, state(account));
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setEnabled(String username, boolean enabled) {
        Account account = find(username);
        if (!enabled && account.username().equals(CurrentUser.require())) {
            throw new InvalidInputException("You cannot disable your own account.");
        }
        Map<String, Object> before = state(account);
        account.setEnabled(enabled);
        record(account, enabled ? "ENABLED" : "DISABLED", before, state(account));
        return account.summary();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(String username, String newPassword) {
        Account account = find(username);
        PasswordPolicy.check(newPassword, account.username());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        record(account, "PASSWORD_RESET", null, null);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account account = find(CurrentUser.require());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidInputException("The current password is not correct.");
        }
        PasswordPolicy.check(newPassword, account.username());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        record(account, "PASSWORD_CHANGED", null, null);
    }

    private Account find(String username) {
        return accounts.findByUsername(normalize(username))
                .orElseThrow(() -> new NotFoundException("No account named '" + username + "'."));
    }

    private void record(Account account, String action, Map<String, Object> before, Map<String, Object> after) {
        history.save(new AccountHistoryEntry(account.id(), action, CurrentUser.require(), clock.instant(),
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }

    private static Map<String, Object> state(Account account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.username());
        state.put("displayName", account.displayName());
        state.put("role", account.role().name());
        state.put("enabled", account.enabled());
        return state;
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
