package org.claimdesk.security;

/** A freshly created token: the only moment its secret value exists outside the caller's hands. */
public record IssuedToken(Long id, String name, String token) {
}
