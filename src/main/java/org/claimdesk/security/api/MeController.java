package org.claimdesk.security.api;

import java.util.List;

import org.claimdesk.security.PasswordService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user: who am I, and my own password (which ends my UI sessions). */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final PasswordService passwords;

    MeController(PasswordService passwords) {
        this.passwords = passwords;
    }

    record Me(String username, List<String> roles) {
    }

    /** {@code revokeTokens}: also revoke every API token of the account (default false). */
    record PasswordChange(String currentPassword, String newPassword, Boolean revokeTokens) {
    }

    @GetMapping
    Me me(Authentication authentication) {
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
        return new Me(authentication.getName(), roles);
    }

    @PutMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change) {
        passwords.changeOwnPassword(change.currentPassword(), change.newPassword(),
                Boolean.TRUE.equals(change.revokeTokens()));
    }
}
