package org.claimdesk.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.claimdesk.base.InvalidInputException;

/**
 * OWASP ASVS 5.0 password rules: 8 to 128 characters (Unicode code points, any script, spaces allowed),
 * no composition rules, and not one of the most common breached passwords.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInputException} with a message for the user when the password is not acceptable. */
    public static void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("Enter a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("The password must have at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("The password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || (username != null && lower.equals(username.toLowerCase(Locale.ROOT)))) {
            throw new InvalidInputException("This password is too common or easy to guess; choose another.");
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
