package org.claimdesk.claim;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimdesk.claim.language.LanguageProfile;
import org.claimdesk.claim.language.LanguageProfiles;

/**
 * Finds who a sentence attributes its claim to, with the attribution verbs and phrases of its language:
 * "X said", "said X" after a quote, "according to X", "X, the envoy, told ...", "..., said X, the trader at ...",
 * an unnamed source ("prosecutors said", "according to court records"), a pronoun. Words inside a quotation
 * are masked first, so a nested attribution gives the outer source ("'Sondland said ...,' Morrison testified").
 */
final class SpeakerFinder {

    private static final Map<String, SpeakerPatterns> PATTERNS = new ConcurrentHashMap<>();

    /** English, for callers that know no language. */
    Optional<Attribution> find(String sentence) {
        return find(sentence, "en");
    }

    Optional<Attribution> find(String sentence, String language) {
        SpeakerPatterns p = patternsFor(language);
        String masked = Quotes.masked(sentence);
        for (Pattern pattern : p.named()) {
            Matcher m = pattern.matcher(masked);
            while (m.find()) {
                Optional<Attribution> found = attribution(m, p);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Pattern pattern : p.pronouns()) {
            if (pattern.matcher(masked).find()) {
                return Optional.of(Attribution.pronoun());
            }
        }
        return Optional.empty();
    }

    static Set<String> organisationWords(String language) {
        return patternsFor(language).organisationWords();
    }

    private static SpeakerPatterns patternsFor(String language) {
        return PATTERNS.computeIfAbsent(language == null ? "" : language,
                code -> SpeakerPatterns.of(LanguageProfiles.forCode(code)));
    }

    private static Optional<Attribution> attribution(Matcher m, SpeakerPatterns p) {
        String source = m.pattern().namedGroups().containsKey("source") ? m.group("source") : null;
        if (source != null) {
            String s = source.strip();
            boolean keepCase = s.length() > 1 && Character.isUpperCase(s.charAt(1));
            return Optional.of(new Attribution(Attribution.Kind.SOURCE,
                    keepCase ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1)));
        }
        if (!m.pattern().namedGroups().containsKey("name") || m.group("name") == null) {
            return Optional.empty();
        }
        String name = cleaned(m.group("name"), p.notNames());
        return name == null ? Optional.empty() : Optional.of(new Attribution(Attribution.Kind.NAMED, name));
    }

    /** Drops leading sentence-openers ("On Tuesday Trump" is not a name) and a trailing period. */
    private static String cleaned(String raw, Set<String> notNames) {
        String[] words = raw.strip().split("\\s+");
        int first = 0;
        while (first < words.length && (notNames.contains(words[first].toLowerCase(java.util.Locale.ROOT))
                || SpeakerPatterns.CONTRACTION.matcher(words[first]).matches()
                || SpeakerPatterns.WEEKDAY_OR_MONTH.matcher(words[first]).matches())) {
            first++;
        }
        if (first == words.length) {
            return null;
        }
        String name = String.join(" ", Arrays.copyOfRange(words, first, words.length));
        if (name.endsWith(".") && !name.matches(".*\\b\\p{Lu}\\.$")) {
            name = name.substring(0, name.length() - 1);
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** The compiled patterns of one language. */
    record SpeakerPatterns(List<Pattern> named, List<Pattern> pronouns, Set<String> notNames,
            Set<String> organisationWords) {

        static final Pattern CONTRACTION = Pattern.compile(
                "(?i)(?:he|she|it|they|we|i|you|that|there|what|who)['’]\\p{L}*");
        static final Pattern WEEKDAY_OR_MONTH = Pattern.compile("(?i)(?:mon|tues|wednes|thurs|fri|satur|sun)day");

        static SpeakerPatterns of(LanguageProfile profile) {
            String verbs = "(?:" + profile.alternation("speech-verbs") + ")";
            String word = "\\p{Lu}[\\p{L}'’\\-]*\\.?";
            String particles = "(?:" + profile.alternation("name-particles") + ")";
            String name = "(?<name>" + word + "(?:\\s+(?:" + particles + "\\s+(?:(?:the|la|le|l['’])\\s*)?|[dl]['’])?"
                    + word + ")*)";
            String articles = "(?:(?:" + profile.alternation("articles") + ")(?:\\s+|(?<=['’])))?";
            String role = "(?:\\p{Ll}[\\p{L}\\-]*\\s+){0,3}";
            String unnamed = "(?i:(?:(?:" + profile.alternation("source-determiners") + ")\\s+){0,2}(?:"
                    + profile.alternation("unnamed-sources") + "))(?![\\p{L}])";
            String source = "(?<source>" + unnamed + "(?:\\s+(?:for|of|at|de|del|da|do|du|des|der|di|della|dello)\\s+"
                    + articles + "(?:" + word + "(?:\\s+" + word + ")*|\\p{Ll}+))?)";
            String closers = "[\"”’»«“]";
            String according = "(?i:" + profile.alternation("according-to") + ")";
            List<Pattern> named = List.of(
                    Pattern.compile("(?<![\\p{L}])" + according + "\\s+(?:" + source + "|" + articles + name + ")"),
                    Pattern.compile("(?:" + source + "|" + name + ")\\s+(?:" + profile.alternation("according-after") + ")\\b"),
                    Pattern.compile("[,?!…]?\\s*" + closers + "\\s*[,—–-]?\\s*" + verbs + "\\s+" + articles + "(?:" + source
                            + "|" + role + name + ")"),
                    Pattern.compile("(?:^|(?<=[\\s\"“”«»(]))" + source + "\\s+(?:has\\s+|have\\s+|had\\s+)?" + verbs + "(?![\\p{L}])"),
                    Pattern.compile("(?:^|(?<=[\\s\"“”«»(]))" + name + "(?:,[^,\"“”«»]{1,80},)?\\s+"
                            + "(?:also\\s+|then\\s+|later\\s+|again\\s+|auch\\s+|también\\s+|também\\s+|aussi\\s+|anche\\s+)?"
                            + "(?:has\\s+|had\\s+|have\\s+)?" + verbs + "(?![\\p{L}])"),
                    Pattern.compile(",\\s+" + verbs + "\\s+" + articles + "(?:" + source + "|" + role + name + ")"
                            + "(?=\\s*(?:,|[.!?…]?\\s*" + closers + "?\\s*$))"));
            String pronoun = "(?:" + profile.alternation("pronouns") + ")";
            List<Pattern> pronouns = List.of(
                    Pattern.compile("(?:^|[,;]\\s*" + closers + "?\\s*|" + closers + "\\s+)(?i:" + pronoun + ")\\s+"
                            + "(?:also\\s+)?" + verbs + "(?![\\p{L}])"),
                    Pattern.compile("[,?!…]\\s*" + closers + "?\\s*[,—–-]?\\s*" + verbs + "\\s+(?i:" + pronoun + ")?\\s*[.!?…]?\\s*$"),
                    Pattern.compile("[,?!…]\\s*" + closers + "?\\s*[,—–-]?\\s*" + verbs + "\\s*[.!?…]?\\s*$"));
            return new SpeakerPatterns(named, pronouns, profile.words("not-names"), profile.words("organisation-words"));
        }
    }
}
