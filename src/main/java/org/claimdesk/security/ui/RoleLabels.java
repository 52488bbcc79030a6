package org.claimdesk.security.ui;

import java.util.Locale;

import org.claimdesk.security.Role;

/** The UI text key of a role's name (messages*.properties). */
final class RoleLabels {

    private RoleLabels() {
    }

    static String key(Role role) {
        return "role." + role.name().toLowerCase(Locale.ROOT);
    }
}
