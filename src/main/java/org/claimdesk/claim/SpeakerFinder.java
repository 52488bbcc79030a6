package org.claimdesk.claim;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its claim to: "X said", "said X" after a quote, "according to X",
 * "X, the envoy, told ...", "X added". Only names (capitalised words) count; "he"/"she" is reported as
 * {@link #PRONOUN} so the caller can resolve it to the last speaker of the paragraph.
 */
final class SpeakerFinder {

    static final String PRONOUN = "\u0000pronoun";

    private static final String VERBS = "said|says|told|tells|added|adds|stated|confirmed|confirms|claimed|claims"
            + "|argued|argues|noted|notes|insisted|insists|warned|warns|wrote|writes|tweeted|posted|announced"
            + "|announces|explained|explains|asked|asks|replied|admitted|acknowledged|declared|stressed"
            + "|maintained|contended|alleged|alleges|conceded|predicted|promised|vowed";
    private static final String WORD = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
    private static final String NAME = "(?<name>" + WORD
            + "(?:\\s+(?:(?:of|for|de|van|von|bin|da|del|la|le)\\s+(?:the\\s+)?)?" + WORD + ")*)";

    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to (?:the )?" + NAME);
    private static final Pattern QUOTE_THEN_VERB_NAME = Pattern.compile(
            "[,?!…]\\s*[\"”’»]\\s+(?:" + VERBS + ")\\s+(?:the\\s+)?" + NAME);
    private static final Pattern NAME_THEN_VERB = Pattern.compile(
            "(?:^|(?<=[\\s\"“”«»(]))" + NAME + "(?:,[^,\"“”«»]{1,80},)?\\s+(?:also\\s+|then\\s+|later\\s+|again\\s+)?"
                    + "(?:has\\s+|had\\s+|have\\s+)?(?:" + VERBS + ")\\b");
    private static final Pattern PRONOUN_THEN_VERB = Pattern.compile(
            "(?:^|[,;]\\s*[\"”’»]?\\s*|[\"”’»]\\s+)(?:he|she|He|She)\\s+(?:also\\s+)?(?:" + VERBS + ")\\b");
    private static final Pattern TRAILING_VERB_NAME = Pattern.compile(
            ",\\s+(?:" + VERBS + ")\\s+(?:the\\s+)?" + NAME + "[.!?]?$");

    /** Capitalised words that open sentences or name no one. */
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "This", "That", "These", "Those", "It",
            "He", "She", "They", "We", "I", "You", "In", "On", "At", "But", "And", "Or", "So", "If", "When",
            "While", "After", "Before", "As", "Officials", "Critics", "Analysts", "Experts", "Reports", "Police");

    /** "He's", "They've", "It's": a pronoun, never a name. */
    private static final Pattern CONTRACTION = Pattern.compile(
            "(?i)(?:he|she|it|they|we|i|you|that|there|what|who)['’]\\p{L}*");

    Optional<String> find(String sentence) {
        for (Pattern pattern : new Pattern[] {ACCORDING_TO, QUOTE_THEN_VERB_NAME, NAME_THEN_VERB, TRAILING_VERB_NAME}) {
            Matcher m = pattern.matcher(sentence);
            while (m.find()) {
                String name = cleaned(m.group("name"));
                if (name != null) {
                    return Optional.of(name);
                }
            }
        }
        return PRONOUN_THEN_VERB.matcher(sentence).find() ? Optional.of(PRONOUN) : Optional.empty();
    }

    /** Drops leading sentence-openers ("On Tuesday Trump" is not a name) and a trailing period. */
    private static String cleaned(String raw) {
        String[] words = raw.strip().split("\\s+");
        int first = 0;
        while (first < words.length && (NOT_NAMES.contains(words[first]) || CONTRACTION.matcher(words[first]).matches())) {
            first++;
        }
        if (first == words.length) {
            return null;
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        if (name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
