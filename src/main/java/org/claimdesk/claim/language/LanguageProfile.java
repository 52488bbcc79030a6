package org.claimdesk.claim.language;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the claim rules know about one language, read from {@code <code>.profile} beside this class (see
 * {@code generic.profile} for the format). Word sets hold lower-case entries; phrase lists keep their case.
 * Rules that belong to news text in any language (datelines, list markers, quotes) live in the splitter and
 * the speaker finder, not here.
 *
 * @param code ISO 639-1 code, or {@code "und"} for the generic fallback
 * @param sections every section of the profile file, by name
 */
public record LanguageProfile(String code, Map<String, List<String>> sections) {

    /** A section as a set of lower-case words ("titles", "starters", ...). Empty when the profile has none. */
    public Set<String> words(String section) {
        return Set.copyOf(list(section).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    /** A section's entries as written, in order (phrases such as "according to"). */
    public List<String> list(String section) {
        return sections.getOrDefault(section, List.of());
    }

    /** A yes/no setting such as {@code [ordinal-dot] yes}; a profile's own value overrides its base's. */
    public boolean flag(String section) {
        List<String> value = list(section);
        return !value.isEmpty() && value.getLast().equalsIgnoreCase("yes");
    }

    /** The entries as one regular-expression alternation, longest first, each entry quoted. */
    public String alternation(String section) {
        return list(section).stream().sorted((a, b) -> b.length() - a.length())
                .map(java.util.regex.Pattern::quote).reduce((a, b) -> a + "|" + b).orElse("(?!)");
    }
}
