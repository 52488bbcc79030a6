package org.claimdesk.security;

/** A command to create an account. The display name may be blank: the username stands in. */
public record NewAccount(String username, String displayName, Role role, String password) {
}
