package org.claimdesk.security;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security's view of our accounts; used before anyone is signed in, so it carries no @PreAuthorize. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    AccountUserDetailsService(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(AccountService.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.role().authority())))
                .disabled(!account.enabled())
                .build();
    }
}
