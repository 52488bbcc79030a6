package org.claimdesk.security;

import java.security.SecureRandom;
import java.util.Base64;

import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * At start-up: the configured admin (CLAIMDESK_ADMIN_USERNAME/PASSWORD) if missing; otherwise, when no
 * admin exists at all, {@code admin} with a generated password printed once; in demo mode alice, bob, erin.
 * Under the {@link StartupLock}, so instances starting together on one database create each account once.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final AccountService accounts;
    private final ClaimDeskProperties properties;
    private final StartupLock startupLock;

    AccountBootstrap(AccountService accounts, ClaimDeskProperties properties, StartupLock startupLock) {
        this.accounts = accounts;
        this.properties = properties;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(() -> SystemActor.run(() -> {
            ensureAdmin();
            if (properties.demo()) {
                ensure("alice", "Alice Reviewer", Role.REVIEWER);
                ensure("bob", "Bob Reviewer", Role.REVIEWER);
                ensure("erin", "Erin Editor", Role.EDITOR);
            }
        }));
    }

    private void ensureAdmin() {
        if (StringUtils.hasText(properties.adminUsername()) && StringUtils.hasText(properties.adminPassword())) {
            if (!accounts.exists(properties.adminUsername())) {
                accounts.create(new NewAccount(properties.adminUsername(), "Administrator", Role.ADMIN,
                        properties.adminPassword()));
                log.info("Created the configured admin account '{}'.", properties.adminUsername());
            }
            return;
        }
        if (!accounts.anyEnabledAdmin() && !accounts.exists("admin")) {
            String password = generatedPassword();
            accounts.create(new NewAccount("admin", "Administrator", Role.ADMIN, password));
            log.warn("Created account 'admin' with the generated password: {}  (shown only this once; "
                    + "change it under 'My account', or set CLAIMDESK_ADMIN_USERNAME and CLAIMDESK_ADMIN_PASSWORD)",
                    password);
        }
    }

    private void ensure(String username, String displayName, Role role) {
        if (!accounts.exists(username)) {
            accounts.create(new NewAccount(username, displayName, role, properties.demoPassword()));
            log.info("Demo mode: created {} '{}'.", role.name().toLowerCase(), username);
        }
    }

    private static String generatedPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
