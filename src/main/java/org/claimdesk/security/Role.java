package org.claimdesk.security;

/** What an account may do. One role per account; no role implies another. */
public enum Role {
    /** Records verdicts on claims. */
    REVIEWER,
    /** Decides final verdicts, approves claims, assigns articles. */
    EDITOR,
    /** Manages accounts. */
    ADMIN;

    /** The names used in {@code @RolesAllowed}, {@code hasRole(...)} and the API. */
    public static final String REVIEWER_NAME = "REVIEWER";
    public static final String EDITOR_NAME = "EDITOR";
    public static final String ADMIN_NAME = "ADMIN";

    public String authority() {
        return "ROLE_" + name();
    }
}
