package org.claimdesk.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A tsquery that matches texts sharing at least two of the given words: {@code 'a' & 'b' | 'a' & 'c' | ...}.
 * A single word stands alone. The longest words are kept when there are many (long stems are the rarer,
 * more telling ones), so the query stays small.
 */
final class WordPairs {

    static final int MAX_WORDS = 14;

    private WordPairs() {
    }

    static String query(List<String> words) {
        List<String> kept = new ArrayList<>(words.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .limit(MAX_WORDS).toList());
        if (kept.size() == 1) {
            return quoted(kept.getFirst());
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                pairs.add(quoted(kept.get(i)) + " & " + quoted(kept.get(j)));
            }
        }
        return String.join(" | ", pairs);
    }

    private static String quoted(String word) {
        return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
