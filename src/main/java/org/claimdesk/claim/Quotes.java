package org.claimdesk.claim;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Quotation marks in any of the usual styles: “English”, «French», „German“, »German«, ‹single›, "straight".
 * The state carries over sentence ends, so a quote that runs over several sentences is seen as one.
 */
final class Quotes {

    private static final String OPENERS = "“«„»‹‚‘「『";
    private static final String CLOSERS = "”»“«›‘’」』";

    private final Deque<Character> open = new ArrayDeque<>();

    /** Feeds one character; returns whether it opened or closed a quotation. */
    boolean feed(char c) {
        if (!open.isEmpty() && c == open.peek()) {
            open.pop();
            return true;
        }
        if (c == '"') {
            open.push('"');
            return true;
        }
        // '»' opens only outside a quotation (German »...«); inside one it can only close «...».
        int o = OPENERS.indexOf(c);
        if (o < 0 || c == '»' && !open.isEmpty()) {
            return false;
        }
        open.push(CLOSERS.charAt(o));
        return true;
    }

    int depth() {
        return open.size();
    }

    void reset() {
        open.clear();
    }

    /**
     * The sentence with every letter inside a quotation that opens and closes in it replaced by '_', so rules
     * look only at the words around quotes. Offsets stay the same.
     */
    static String masked(String sentence) {
        char[] out = sentence.toCharArray();
        Quotes quotes = new Quotes();
        int openedAt = -1;
        for (int i = 0; i < out.length; i++) {
            int before = quotes.depth();
            quotes.feed(out[i]);
            if (before == 0 && quotes.depth() > 0) {
                openedAt = i;
            } else if (before > 0 && quotes.depth() == 0) {
                for (int k = openedAt + 1; k < i; k++) {
                    if (Character.isLetterOrDigit(out[k])) {
                        out[k] = '_';
                    }
                }
            }
        }
        return new String(out);
    }
}
