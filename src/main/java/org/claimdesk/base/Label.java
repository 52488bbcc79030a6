package org.claimdesk.base;

/**
 * A refusal's argument that is itself a UI text (a verdict, a role, a phrase such as "claim 3 of the export"), given
 * by its text key and arguments so each reader sees it in their language: {@code new Label(verdict.labelKey())}.
 * Its own arguments are resolved like a refusal's.
 */
public record Label(String key, Object... args) {
}
