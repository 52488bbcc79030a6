package org.claimdesk.claim;

import java.util.Locale;
import java.util.Set;

import org.claimdesk.claim.language.LanguageProfile;

/**
 * Whether a run of terminal punctuation ends a sentence, with one language's knowledge. The evidence, in order:
 * what kind of mark it is (a question or exclamation mark, an ellipsis, a full stop in a script with no case);
 * what kind of token precedes a full stop (an abbreviation that never ends a sentence, a title, one that goes
 * before numbers, an ordinal number, an initial); and what follows (a lower-case word, a number, a word that
 * typically opens a sentence, a capitalised word that may continue a name). A full stop after an ordinary word
 * ends its sentence whatever follows, as in Kiss and Strunk's Punkt.
 */
final class BoundaryRules {

    /** Marks no sentence starts with: what follows them continues the one before ("7,63 hab. / km²"). */
    private static final String CONTINUES = ",;:/%)]}";

    private final Set<String> titles;
    private final Set<String> neverEnd;
    private final Set<String> beforeNumbers;
    private final Set<String> abbreviations;
    private final Set<String> endsOften;
    private final Set<String> compoundTails;
    private final Set<String> placeInitialisms;
    private final Set<String> nameContinuations;
    private final Set<String> starters;
    private final Set<String> months;
    private final Set<String> ordinalBefore;
    private final Set<String> bangNames;
    final Set<String> dangling;
    private final boolean ordinalDot;
    private final boolean lowerCaseStarts;
    private final String extraTerminals;
    private final String spacedClosers;

    BoundaryRules(LanguageProfile profile) {
        titles = profile.words("titles");
        neverEnd = profile.words("never-end");
        beforeNumbers = profile.words("before-numbers");
        abbreviations = profile.words("abbreviations");
        endsOften = profile.words("ends-often");
        compoundTails = profile.words("compound-tails");
        placeInitialisms = profile.words("place-initialisms");
        nameContinuations = profile.words("name-continuations");
        starters = profile.words("starters");
        months = profile.words("months");
        ordinalBefore = profile.words("ordinal-before");
        bangNames = profile.words("bang-names");
        dangling = profile.words("dangling");
        ordinalDot = profile.flag("ordinal-dot");
        lowerCaseStarts = profile.flag("lower-case-after-word");
        extraTerminals = String.join("", profile.list("extra-terminals"));
        spacedClosers = String.join("", profile.list("spaced-closers"));
    }

    boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || isScriptTerminal(c) || extraTerminals.indexOf(c) >= 0;
    }

    /** As {@link #isTerminal(char)}, and ';' after a Greek letter, where it is the question mark. Called for every character. */
    boolean isTerminalAt(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x80 && extraTerminals.isEmpty()) {
            return c == '.' || c == '!' || c == '?' || c == ';' && i > 0 && isGreekLetter(text.charAt(i - 1));
        }
        return isTerminal(c) || c == ';' && i > 0 && isGreekLetter(text.charAt(i - 1));
    }

    private static boolean isGreekLetter(char c) {
        return c >= 0x370 && Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK;
    }

    /** Danda, double danda, Arabic question mark and full stop, CJK and full-width marks, Greek question mark (U+037E). */
    static boolean isScriptTerminal(char c) {
        return "।॥؟۔。！？｡‼⁇⁈⁉\u037E".indexOf(c) >= 0;
    }

    /** CJK full stops need no space after them. */
    static boolean endsWithoutSpace(char c) {
        return "。！？｡".indexOf(c) >= 0;
    }

    boolean isSpacedCloser(char c) {
        return spacedClosers.indexOf(c) >= 0;
    }

    /** Whether the terminal run {@code [i, runEnd)}, followed by blank space and a token at {@code next}, ends a sentence. */
    boolean endsSentence(String text, int i, int runEnd, int next, int end) {
        if (next >= end) {
            return true;
        }
        char first = text.charAt(next);
        if (CONTINUES.indexOf(first) >= 0) {
            return false;
        }
        boolean lowerStart = Character.isLowerCase(first) && !isCamelCase(text, next, end);
        if (asksOrExclaims(text, i, runEnd)) {
            boolean singleBang = runEnd - i == 1 && text.charAt(i) == '!';
            return !lowerStart && !(singleBang && bangNames.contains(lower(wordBefore(text, i)))
                    && !starters.contains(lower(wordAt(text, next, end))));
        }
        if (runEnd - i > 1 || text.charAt(i) == '…') {
            return !lowerStart;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        return fullStopEnds(text, i, next, end, first, lowerStart);
    }

    private boolean asksOrExclaims(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '?' || c == '!' || c == ';' || "？！؟‼⁇⁈⁉\u037E".indexOf(c) >= 0 || extraTerminals.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean fullStopEnds(String text, int i, int next, int end, char first, boolean lowerStart) {
        String word = wordBefore(text, i);
        String lower = abbreviationIn(lower(word));
        if (neverEnd.contains(lower) || titles.contains(lower) || isSpacedDot(text, i)) {
            return false;
        }
        boolean number = !word.isEmpty() && word.chars().allMatch(Character::isDigit);
        if (Character.isDigit(first)) {
            return !beforeNumbers.contains(lower);
        }
        if (number && ordinalDot && isOrdinal(text, i - word.length(), next, end, lowerStart)) {
            return false;
        }
        if (lowerStart) {
            String bare = bare(tokenBefore(text, i));
            return lowerCaseStarts && isOrdinaryWord(bare, lower(bare));
        }
        if (word.isEmpty() || !Character.isLetter(first)) {
            return true;
        }
        String following = wordAt(text, next, end);
        if (isDoubledInitial(word) && isDoubledInitial(following) && text.startsWith(".", next + 2)) {
            return false;
        }
        if (starters.contains(lower(following)) || endsOften.contains(lower)) {
            return true;
        }
        if (placeInitialisms.contains(lower)) {
            return !nameContinuations.contains(lower(following))
                    && !startsCapitalisedWord(text, skipSpaces(text, next + following.length(), end), end);
        }
        return !isInitialOrInitialism(word)
                && (isAcronym(word) || !abbreviations.contains(lower) && !beforeNumbers.contains(lower));
    }

    /**
     * "PP", "EUA", "ONU": capitals only, written without periods, so the period after one is the sentence's, not an
     * abbreviation's ("pp." pages, "eua" as a list entry); titles and never-ending words are read before this.
     */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase);
    }

    /**
     * The abbreviation a token ends with: the part after its last hyphen ("Zimmermann-Str." is "str"), or a
     * compound tail of the profile ("Hauptstr." is "str" in German); else the token itself.
     */
    private String abbreviationIn(String lower) {
        String tail = lower.substring(lower.lastIndexOf('-') + 1);
        if (!tail.isEmpty() && tail.length() < lower.length() && !tail.contains(".")) {
            return tail;
        }
        for (String suffix : compoundTails) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return suffix;
            }
        }
        return lower;
    }

    /** "am 3. Oktober", "vom 1. Juli an", "die 27. Große Strafkammer": a number with a dot is an ordinal here. */
    private boolean isOrdinal(String text, int numberStart, int next, int end, boolean lowerStart) {
        if (lowerStart || months.contains(lower(wordAt(text, next, end)))) {
            return true;
        }
        return ordinalBefore.contains(lower(wordBefore(text, skipSpacesBack(text, numberStart))));
    }

    /** ". . ." written with spaces: a dot with a dot two characters before it is part of an ellipsis. */
    private static boolean isSpacedDot(String text, int i) {
        return i + 2 < text.length() && text.charAt(i + 1) == ' ' && text.charAt(i + 2) == '.';
    }

    /** A word, not an abbreviation: letters with at least one vowel-like letter, four or more of them. */
    private boolean isOrdinaryWord(String word, String lower) {
        if (word.length() < 4 || abbreviations.contains(lower) || beforeNumbers.contains(lower)) {
            return false;
        }
        return word.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’')
                && !isInitialOrInitialism(word);
    }

    /** "F" (an initial), "U.S", "a.m", "U.S.A": letters of one or two, joined by periods. */
    static boolean isInitialOrInitialism(String word) {
        if (word.length() == 1) {
            return Character.isLetter(word.charAt(0));
        }
        if (word.indexOf('.') < 0) {
            return false;
        }
        for (String part : word.split("\\.")) {
            if (part.isEmpty() || part.length() > 2 || !part.chars().allMatch(Character::isLetter)) {
                return false;
            }
        }
        return true;
    }

    /** The word without the closing quotes and brackets that precede its full stop ("nemici\"" -> "nemici"). */
    private static String bare(String word) {
        int e = word.length();
        while (e > 0 && ClaimSplitter.isCloser(word.charAt(e - 1))) {
            e--;
        }
        return word.substring(0, e);
    }

    /** A plural written by doubling an initial, as in Spanish "EE. UU." or "FF. AA.". */
    private static boolean isDoubledInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(0) == word.charAt(1);
    }

    /**
     * The token before {@code i} with the closing quotes and brackets it ends with: "nemici\"" and "\"Pericle\")"
     * (a straight quote read back from a full stop closes; {@link #wordBefore} would stop at it as an opener).
     */
    static String tokenBefore(String text, int i) {
        int j = i;
        while (j > 0 && ClaimSplitter.isCloser(text.charAt(j - 1))) {
            j--;
        }
        return wordBefore(text, j) + text.substring(j, i);
    }

    /** The token that ends right before {@code i}, without any opening quote or bracket. */
    static String wordBefore(String text, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && !ClaimSplitter.isOpener(text.charAt(s - 1))
                && text.charAt(s - 1) != '—') {
            s--;
        }
        return text.substring(s, i);
    }

    static String wordAt(String text, int from, int end) {
        int e = from;
        while (e < end && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'')) {
            e++;
        }
        return text.substring(from, e);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    private static boolean startsCapitalisedWord(String text, int at, int end) {
        return at < end && Character.isUpperCase(text.charAt(at));
    }

    /** "iPhone", "eBay": a lower-case first letter that still starts a sentence. */
    private static boolean isCamelCase(String text, int from, int end) {
        return from + 1 < end && Character.isUpperCase(text.charAt(from + 1));
    }

    static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesBack(String text, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }
}
