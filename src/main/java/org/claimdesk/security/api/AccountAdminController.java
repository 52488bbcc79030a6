package org.claimdesk.security.api;

import java.util.List;

import org.claimdesk.security.AccountService;
import org.claimdesk.security.AccountSummary;
import org.claimdesk.security.NewAccount;
import org.claimdesk.security.PasswordService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The account admin view, for scripts. ADMIN only (URL rule and service rule). */
@RestController
@RequestMapping("/api/v1/admin/accounts")
class AccountAdminController {

    private final AccountService accounts;
    private final PasswordService passwords;

    AccountAdminController(AccountService accounts, PasswordService passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    record PasswordReset(String password) {
    }

    @GetMapping
    List<AccountSummary> list() {
        return accounts.list();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountSummary create(@RequestBody NewAccount account) {
        return accounts.create(account);
    }

    @PostMapping("/{username}/disable")
    AccountSummary disable(@PathVariable String username) {
        return accounts.setEnabled(username, false);
    }

    @PostMapping("/{username}/enable")
    AccountSummary enable(@PathVariable String username) {
        return accounts.setEnabled(username, true);
    }

    @PutMapping("/{username}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String username, @RequestBody PasswordReset reset) {
        passwords.resetPassword(username, reset.password());
    }
}
