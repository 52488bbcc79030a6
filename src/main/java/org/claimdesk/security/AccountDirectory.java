package org.claimdesk.security;

import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a name belongs to an account, and with which role: what a restore asks before it accepts a
 * verdict "by" someone. Disabled accounts count (history names people as they were); the name must match
 * exactly, as history rows store it.
 */
@Service
public class AccountDirectory {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<Role> roleOf(String username) {
        return username == null ? Optional.empty() : accounts.findByUsername(username).map(Account::role);
    }
}
