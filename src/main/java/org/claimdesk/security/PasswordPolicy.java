package org.claimdesk.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.claimdesk.base.ClaimDeskProperties;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.Localized;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * OWASP ASVS 5.0 password rules: 8 to 128 characters (Unicode code points, any script, spaces allowed), no
 * composition rules, and not easy to guess. "Easy" is decided by zxcvbn4j, a maintained strength estimator
 * with about 94,000 dictionary entries (30,000 most common breached passwords, names, common words), l33t
 * substitutions, keyboard patterns, repeats, sequences and dates: a password it expects to fall in fewer than
 * {@link #MIN_GUESSES} guesses (8 random digits) is refused, with its reason. The username, display name and
 * the product's own words count as known (ASVS context-specific words), and passwords ClaimDesk publishes
 * (the shipped and the configured demo password) are refused outright.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 128;
    static final double MIN_GUESSES = 1e8;
    /** The default of claimdesk.demo-password (ClaimDeskProperties): printed on the sign-in page and in the README. */
    static final String SHIPPED_DEMO_PASSWORD = "fact-check-demo";
    private static final List<String> PRODUCT_WORDS = List.of("claimdesk", "claim", "desk", "fact", "check",
            "factcheck", "review", "reviewer", "editor", "admin", "demo");

    private final Zxcvbn zxcvbn = new Zxcvbn();
    private final Set<String> published;

    @Autowired
    PasswordPolicy(ClaimDeskProperties properties) {
        this(properties.demoPassword());
    }

    PasswordPolicy(String... publishedPasswords) {
        this.published = Stream.concat(Stream.of(SHIPPED_DEMO_PASSWORD), Stream.of(publishedPasswords))
                .filter(p -> p != null && !p.isBlank()).map(p -> p.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Throws {@link InvalidInputException} with a message for the user when the password is not acceptable. */
    public void check(String password, String username, String displayName) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("error.password.empty");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new InvalidInputException("error.password.too-short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw new InvalidInputException("error.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (published.contains(lower)) {
            throw new InvalidInputException("error.password.demo");
        }
        Strength strength = zxcvbn.measure(password, knownWords(username, displayName));
        if (strength.getGuesses() < MIN_GUESSES) {
            throw tooEasy(strength.getFeedback());
        }
    }

    private static List<String> knownWords(String username, String displayName) {
        List<String> words = new ArrayList<>(PRODUCT_WORDS);
        Stream.of(username, displayName).filter(w -> w != null && !w.isBlank()).map(w -> w.toLowerCase(Locale.ROOT))
                .flatMap(w -> Stream.concat(Stream.of(w), Stream.of(w.split("[^\\p{L}\\p{N}]+"))))
                .filter(w -> w.length() > 2).forEach(words::add);
        return words;
    }

    /** The checker's own advice, in the reader's language where zxcvbn speaks it (es and pt do), else English. */
    private static InvalidInputException tooEasy(Feedback feedback) {
        boolean warned = !blank(feedback.getWarning());
        boolean suggested = !feedback.getSuggestions().isEmpty();
        Localized advice = language -> {
            Locale locale = language.getLanguage().equals("en") ? Locale.ROOT : language; // ROOT: never the JVM's default
            String warning = warned ? feedback.getWarning(locale) : "";
            String suggestion = suggested ? feedback.getSuggestions(locale).getFirst() : "";
            return (warning + " " + suggestion).strip();
        };
        if (warned) {
            return new InvalidInputException("error.password.too-easy-because", advice);
        }
        return suggested ? new InvalidInputException("error.password.too-easy-try", advice)
                : new InvalidInputException("error.password.too-easy");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
