package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits news text into sentence spans. One pass over the characters, so time grows linearly with the text.
 *
 * <p>A line break always ends a sentence (headlines, subheads, list items, paragraphs), except a soft wrap:
 * a line without final punctuation followed by one starting in lower case. List markers and datelines are
 * not part of any claim. Inside a line, '.', '!', '?' and '…' (with any closing quotes or brackets) end a
 * sentence when blank space and a plausible sentence start follow; {@link SentenceRules} decides the
 * ambiguous cases after abbreviations, initials and initialisms such as "U.S.".
 */
final class ClaimSplitter {

    private static final Pattern LIST_MARKER = Pattern.compile(
            "(?:[-*•▪◦‣–]|\\d{1,3}[.)]|[a-z][.)]|[A-Z]\\)|\\((?:\\d{1,3}|[a-zA-Z]|[ivx]{1,4})\\))[ \\t]+");
    private static final Pattern DATELINE = Pattern.compile(
            "[A-Z][A-Z.'\\-]{2,}(?: [A-Z][A-Z.'\\-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?"
                    + "(?: \\([A-Za-z .&/]{1,30}\\))? ?[—–-]{1,2} +");

    List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int blockStart = 0;
        while (blockStart < n) {
            int blockEnd = lineEnd(text, blockStart);
            while (blockEnd < n && isSoftWrap(text, blockStart, blockEnd)) {
                blockEnd = lineEnd(text, blockEnd + 1);
            }
            splitBlock(text, blockStart, blockEnd, spans);
            blockStart = blockEnd + 1;
        }
        return spans;
    }

    private static int lineEnd(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    /** A line break inside a sentence: the line has no final punctuation and the next starts in lower case. */
    private static boolean isSoftWrap(String text, int lineStart, int lineEnd) {
        int last = lastNonSpace(text, lineStart, lineEnd);
        if (last < 0 || ".!?…:;\"”’»".indexOf(text.charAt(last)) >= 0) {
            return false;
        }
        int next = skipSpaces(text, lineEnd + 1, lineEnd(text, lineEnd + 1));
        if (next >= text.length() || text.charAt(next) == '\n'
                || LIST_MARKER.matcher(text).region(next, Math.min(text.length(), next + 8)).lookingAt()) {
            return false;
        }
        return Character.isLowerCase(text.charAt(next))
                || SentenceRules.DANGLING.contains(wordBefore(text, last + 1).toLowerCase());
    }

    private void splitBlock(String text, int from, int to, List<Span> spans) {
        int start = skipSpaces(text, from, to);
        int last = lastNonSpace(text, start, to);
        if (last < 0) {
            return;
        }
        int end = last + 1;
        start = skipPrefix(text, start, end, LIST_MARKER);
        start = skipPrefix(text, start, end, DATELINE);
        int sentence = start;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && isTerminal(text.charAt(runEnd))) {
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < end && isCloser(text.charAt(closeEnd))) {
                closeEnd++;
            }
            if (closeEnd < end && Character.isWhitespace(text.charAt(closeEnd))
                    && endsSentence(text, i, runEnd, closeEnd, end)) {
                spans.add(new Span(sentence, closeEnd));
                sentence = skipSpaces(text, closeEnd, end);
                i = sentence;
            } else {
                i = runEnd;
            }
        }
        if (sentence < end) {
            spans.add(new Span(sentence, end));
        }
    }

    private static int skipPrefix(String text, int start, int end, Pattern prefix) {
        Matcher m = prefix.matcher(text).region(start, end);
        if (m.lookingAt() && m.end() < end) {
            return skipSpaces(text, m.end(), end);
        }
        return start;
    }

    /** Whether the terminal run {@code [i, runEnd)}, closers up to {@code closeEnd}, ends a sentence. */
    private static boolean endsSentence(String text, int i, int runEnd, int closeEnd, int end) {
        int next = skipSpaces(text, closeEnd, end);
        while (next < end && isOpener(text.charAt(next))) {
            next++;
        }
        if (next >= end) {
            return true;
        }
        char first = text.charAt(next);
        boolean lowerStart = Character.isLowerCase(first) && !isCamelCase(text, next, end);
        String run = text.substring(i, runEnd);
        if (run.indexOf('?') >= 0 || run.indexOf('!') >= 0) {
            if (lowerStart) {
                return false;
            }
            return !(run.equals("!") && SentenceRules.BANG_NAMES.contains(wordBefore(text, i).toLowerCase())
                    && !SentenceRules.STARTERS.contains(wordAt(text, next, end)));
        }
        if (run.length() > 1 || run.charAt(0) == '…') {
            return !lowerStart;
        }
        if (lowerStart) {
            return false;
        }
        String word = wordBefore(text, i);
        String lower = word.toLowerCase();
        if (Character.isDigit(first)) {
            return !SentenceRules.BEFORE_NUMBERS.contains(lower) && !SentenceRules.NEVER_END.contains(lower);
        }
        if (word.isEmpty() || !Character.isLetter(first)) {
            return true;
        }
        if (SentenceRules.TITLES.contains(lower) || SentenceRules.NEVER_END.contains(lower)) {
            return false;
        }
        String following = wordAt(text, next, end);
        if (SentenceRules.STARTERS.contains(following)) {
            return true;
        }
        if (SentenceRules.PLACE_INITIALISMS.contains(lower)) {
            return !SentenceRules.NAME_CONTINUATIONS.contains(following)
                    && !startsCapitalisedWord(text, skipSpaces(text, next + following.length(), end), end);
        }
        return !isInitialOrInitialism(word) && !SentenceRules.SOFT_ABBREVIATIONS.contains(lower);
    }

    /** "F" (an initial), "U.S", "a.m", "E.U", "U.S.A", "D.C": letters of one or two, joined by periods. */
    private static boolean isInitialOrInitialism(String word) {
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

    /** The token that ends right before {@code i}, without any opening quote or bracket. */
    private static String wordBefore(String text, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && !isOpener(text.charAt(s - 1))
                && text.charAt(s - 1) != '—') {
            s--;
        }
        return text.substring(s, i);
    }

    private static String wordAt(String text, int from, int end) {
        int e = from;
        while (e < end && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '\'')) {
            e++;
        }
        return text.substring(from, e);
    }

    private static boolean startsCapitalisedWord(String text, int at, int end) {
        return at < end && Character.isUpperCase(text.charAt(at));
    }

    /** "iPhone", "eBay": a lower-case first letter that still starts a sentence. */
    private static boolean isCamelCase(String text, int from, int end) {
        return from + 1 < end && Character.isUpperCase(text.charAt(from + 1));
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '“' || c == '‘' || c == '«' || c == '(' || c == '[';
    }

    private static int skipSpaces(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text, int from, int to) {
        int i = to - 1;
        while (i >= from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= from ? i : -1;
    }
}
