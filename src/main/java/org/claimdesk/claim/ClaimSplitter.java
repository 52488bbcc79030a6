package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimdesk.claim.language.LanguageProfiles;

/**
 * Splits news text into sentence spans. One pass over the characters, so time grows linearly with the text.
 *
 * <p>The news layer is shared by every language: a line break ends a sentence (headlines, subheads, list
 * items, paragraphs), except a soft wrap (a line without final punctuation followed by one starting in lower
 * case); list markers and datelines belong to no claim; list items run together on one line ("1.) ... 2.) ...")
 * are split; a bracketed citation after a sentence ("... in 1805. [6]") stays with it; a stretch without a
 * word ("858.", "R.") is no sentence and joins the next, one of marks alone ("!", "»", ":-)") ends the one before. Inside a line, terminal punctuation (with its closing
 * quotes and brackets) ends a sentence when {@link BoundaryRules}, built from the language's profile, says so.
 */
final class ClaimSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "(?:[-*•▪◦‣–]|\\d{1,3}[.)]\\)?|[a-z][.)]|[A-Z]\\)|\\((?:\\d{1,3}|[a-zA-Z]|[ivx]{1,4})\\))[ \\t]+");
    private static final Pattern INLINE_ITEM = Pattern.compile("(?<=\\s)(\\d{1,2})(?:\\.\\)|\\))[ \\t]+");
    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}[\\p{Lu}.'\\-]{2,}(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,3}(?:, \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?"
                    + "(?: \\([\\p{L} .&/]{1,30}\\))? ?[—–-]{1,2} +");
    private static final Pattern CITATION = Pattern.compile("\\[\\d{1,3}(?:\\s*[-–,]\\s*\\d{1,3})*]");

    private static final Map<String, BoundaryRules> RULES = new ConcurrentHashMap<>();

    /** English, for callers that know no language. */
    List<Span> split(String text) {
        return split(text, "en");
    }

    /** Sentence spans of {@code text} by the rules of {@code language} (ISO 639-1; null or unknown: generic rules). */
    List<Span> split(String text, String language) {
        BoundaryRules rules = rulesFor(language);
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int blockStart = 0;
        while (blockStart < n) {
            int blockEnd = lineEnd(text, blockStart);
            while (blockEnd < n && isSoftWrap(text, blockStart, blockEnd, rules)) {
                blockEnd = lineEnd(text, blockEnd + 1);
            }
            splitBlock(text, blockStart, blockEnd, spans, rules);
            blockStart = blockEnd + 1;
        }
        return spans;
    }

    static BoundaryRules rulesFor(String language) {
        String code = language == null ? "" : language;
        return RULES.computeIfAbsent(code, c -> new BoundaryRules(LanguageProfiles.forCode(c)));
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** A line break inside a sentence: the line has no final punctuation and the next starts in lower case. */
    private static boolean isSoftWrap(String text, int lineStart, int lineEnd, BoundaryRules rules) {
        int last = lastNonSpace(text, lineStart, lineEnd);
        if (last < 0 || rules.isTerminal(text.charAt(last)) || ":;\"”’»«“".indexOf(text.charAt(last)) >= 0) {
            return false;
        }
        int next = BoundaryRules.skipSpaces(text, lineEnd + 1, lineEnd(text, lineEnd + 1));
        if (next >= text.length() || text.charAt(next) == '\n'
                || LIST_MARKER.matcher(text).region(next, Math.min(text.length(), next + 8)).lookingAt()) {
            return false;
        }
        return Character.isLowerCase(text.charAt(next))
                || rules.dangling.contains(BoundaryRules.wordBefore(text, last + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private void splitBlock(String text, int from, int to, List<Span> spans, BoundaryRules rules) {
        int start = BoundaryRules.skipSpaces(text, from, to);
        int last = lastNonSpace(text, start, to);
        if (last < 0) {
            return;
        }
        int end = last + 1;
        Matcher marker = LIST_MARKER.matcher(text).region(start, end);
        if (marker.lookingAt() && marker.end() < end) {
            int item = itemNumber(text, start, marker.end());
            if (item > 0) {
                Matcher following = INLINE_ITEM.matcher(text).region(marker.end(), end);
                while (following.find()) {
                    if (Integer.parseInt(following.group(1)) == item + 1) {
                        splitSentences(text, skipSpaces(text, marker.end(), end), lastNonSpace(text, start, following.start()) + 1, spans, rules);
                        splitBlock(text, following.start(), to, spans, rules);
                        return;
                    }
                }
            }
            start = BoundaryRules.skipSpaces(text, marker.end(), end);
        }
        start = skipPrefix(text, start, end, DATELINE);
        splitSentences(text, start, end, spans, rules);
    }

    /** The number of a numbered list marker ("3." "3)" "3.)"), or 0. */
    private static int itemNumber(String text, int start, int markerEnd) {
        int e = start;
        while (e < markerEnd && Character.isDigit(text.charAt(e))) {
            e++;
        }
        return e > start ? Integer.parseInt(text.substring(start, e)) : 0;
    }

    private static int skipSpaces(String text, int from, int to) {
        return BoundaryRules.skipSpaces(text, from, to);
    }

    private static void splitSentences(String text, int start, int end, List<Span> spans, BoundaryRules rules) {
        int sentence = start;
        int i = start;
        while (i < end) {
            if (!rules.isTerminalAt(text, i)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && rules.isTerminalAt(text, runEnd)) {
                runEnd++;
            }
            int closeEnd = closersEnd(text, runEnd, end, rules);
            boolean spaced = closeEnd < end && Character.isWhitespace(text.charAt(closeEnd));
            if (spaced || closeEnd < end && BoundaryRules.endsWithoutSpace(text.charAt(runEnd - 1))) {
                int next = skipOpeners(text, skipSpaces(text, closeEnd, end), end);
                if (rules.endsSentence(text, i, runEnd, next, end)) {
                    boolean mark = onlyMarks(text, sentence, closeEnd) && !isOpener(text.charAt(sentence))
                            && previousIn(spans, start);
                    if (mark || hasWord(text, sentence, closeEnd)) {
                        closeEnd = citationEnd(text, closeEnd, end);
                        spans.add(mark ? new Span(spans.removeLast().start(), closeEnd) : new Span(sentence, closeEnd));
                        sentence = skipSpaces(text, closeEnd, end);
                        i = sentence;
                        continue;
                    }
                }
            }
            i = runEnd;
        }
        if (sentence < end) {
            boolean mark = onlyMarks(text, sentence, end) && previousIn(spans, start);
            spans.add(mark ? new Span(spans.removeLast().start(), end) : new Span(sentence, end));
        }
    }

    /**
     * A stretch of marks without a letter or digit (a closing quote after a space, "!" or "?" set off French-style,
     * an emoticon, "[…]" closing a paragraph) is no sentence: it ends the one before it in the same block. Inside a
     * block, a bracketed elision ("(...) Em 1975") opens the sentence after it instead.
     */
    private static boolean onlyMarks(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean previousIn(List<Span> spans, int blockStart) {
        return !spans.isEmpty() && spans.getLast().start() >= blockStart;
    }

    /** Closing quotes and brackets right after the terminal run, and a French closing guillemet after a space. */
    private static int closersEnd(String text, int runEnd, int end, BoundaryRules rules) {
        int closeEnd = runEnd;
        while (closeEnd < end && isCloser(text.charAt(closeEnd))) {
            closeEnd++;
        }
        int spacedAt = closeEnd;
        while (spacedAt < end && (text.charAt(spacedAt) == ' ' || text.charAt(spacedAt) == '\u00A0'
                || text.charAt(spacedAt) == '\u202F')) {
            spacedAt++;
        }
        if (spacedAt > closeEnd && spacedAt < end && rules.isSpacedCloser(text.charAt(spacedAt))) {
            return closersEnd(text, spacedAt + 1, end, rules);
        }
        return closeEnd;
    }

    /** A bracketed reference such as "[6]" or "[1 - 3]" after a sentence end belongs to that sentence. */
    private static int citationEnd(String text, int closeEnd, int end) {
        int at = skipSpaces(text, closeEnd, end);
        Matcher m = CITATION.matcher(text).region(at, end);
        if (at < end && text.charAt(at) == '[' && m.lookingAt()) {
            return citationEnd(text, m.end(), end);
        }
        return closeEnd;
    }

    /** Whether the stretch holds a word of two letters or more: "858." or "R." alone is no sentence. */
    private static boolean hasWord(String text, int from, int to) {
        int run = 0;
        for (int i = from; i < to; i++) {
            run = Character.isLetter(text.charAt(i)) ? run + 1 : 0;
            if (run >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Opening quotes and brackets, and a dialogue dash ("-- dizia ele"), before the next word. */
    private static int skipOpeners(String text, int from, int end) {
        int next = from;
        while (next < end && (isOpener(text.charAt(next)) || isDash(text.charAt(next)))) {
            next++;
        }
        return next == from || next >= end || !isDash(text.charAt(next - 1)) ? next : skipSpaces(text, next, end);
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    private static int skipPrefix(String text, int start, int end, Pattern prefix) {
        Matcher m = prefix.matcher(text).region(start, end);
        if (m.lookingAt() && m.end() < end) {
            return skipSpaces(text, m.end(), end);
        }
        return start;
    }

    static boolean isCloser(char c) {
        return "\"'”’»«“‘)]）」』›‹".indexOf(c) >= 0;
    }

    static boolean isOpener(char c) {
        return "\"'“‘«»„‚(['`¿¡（「『‹›".indexOf(c) >= 0;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from ? i : -1;
    }
}
