package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places an article's claims in a new text of the article. First every claim whose words appear unchanged
 * (preferring, among several occurrences, the first after the previous placed claim, so order is kept); then,
 * for each claim left, the sentences of the new text between its placed neighbours that no claim holds yet,
 * compared by edit-distance similarity of their normalised words. A sentence is taken only when it is similar
 * enough ({@link #THRESHOLD}) and clearly the best ({@link #MARGIN} ahead of the runner-up); otherwise the claim
 * is reported as unplaced, never attached to a guess.
 */
final class Reanchoring {

    /** Similarity an edited sentence needs to count as the same sentence, edited. */
    static final double THRESHOLD = 0.6;
    /** How far the best candidate must lead the second, or the choice is not confident. */
    static final double MARGIN = 0.1;

    /** A claim to place: its id and its words in the old text. */
    record Anchor(long claimId, String text) {
    }

    sealed interface Placement permits Exact, Edited, Unplaced {
    }

    /** Same words, maybe elsewhere. */
    record Exact(Span span) implements Placement {
    }

    /** The claim's sentence, edited: similar above the threshold. */
    record Edited(Span span, double similarity) implements Placement {
    }

    /** No sentence of the new text is confidently this claim's. */
    record Unplaced() implements Placement {
    }

    /** Placements by claim id, for {@code anchors} in their old order; {@code sentences} are the new text's. */
    Map<Long, Placement> place(List<Anchor> anchors, String newText, List<Span> sentences) {
        return place(anchors, newText, sentences, List.of());
    }

    /** The same, around spans of the new text other claims already hold ({@code held}), which none may take. */
    Map<Long, Placement> place(List<Anchor> anchors, String newText, List<Span> sentences, List<Span> held) {
        int n = anchors.size();
        Span[] exact = new Span[n];
        List<Span> taken = new ArrayList<>(held);
        int after = 0;
        for (int i = 0; i < n; i++) {
            Span found = exactly(anchors.get(i).text(), newText, after, taken);
            if (found != null) {
                exact[i] = found;
                taken.add(found);
                after = Math.max(after, found.end());
            }
        }
        Map<Long, Placement> placements = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (exact[i] != null) {
                placements.put(anchors.get(i).claimId(), new Exact(exact[i]));
                continue;
            }
            int from = 0;
            for (int k = i - 1; k >= 0 && from == 0; k--) {
                from = exact[k] == null ? 0 : exact[k].end();
            }
            int to = newText.length();
            for (int k = i + 1; k < n && to == newText.length(); k++) {
                to = exact[k] == null ? newText.length() : exact[k].start();
            }
            Placement fuzzy = bestSentence(anchors.get(i).text(), newText, sentences, from, to, taken);
            if (fuzzy instanceof Edited edited) {
                taken.add(edited.span());
            }
            placements.put(anchors.get(i).claimId(), fuzzy);
        }
        return placements;
    }

    private static Span exactly(String words, String text, int after, List<Span> taken) {
        Span first = null;
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            Span span = new Span(at, at + words.length());
            if (overlapsAny(span, taken)) {
                continue;
            }
            if (at >= after) {
                return span;
            }
            first = first == null ? span : first;
        }
        return first;
    }

    private static Placement bestSentence(String words, String text, List<Span> sentences, int from, int to,
            List<Span> taken) {
        String before = normalised(words);
        Span best = null;
        double bestScore = 0;
        double second = 0;
        for (Span s : sentences) {
            if (s.start() < from || s.end() > to || overlapsAny(s, taken)) {
                continue;
            }
            String after = normalised(s.of(text));
            if (Math.min(before.length(), after.length()) < THRESHOLD * Math.max(before.length(), after.length())) {
                continue; // the length difference alone keeps it under the threshold
            }
            double score = similarity(before, after);
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = s;
            } else if (score > second) {
                second = score;
            }
        }
        if (best == null || bestScore < THRESHOLD || bestScore - second < MARGIN) {
            return new Unplaced();
        }
        return new Edited(best, bestScore);
    }

    static boolean overlapsAny(Span span, List<Span> spans) {
        return spans.stream().anyMatch(s -> s.start() < span.end() && span.start() < s.end());
    }

    static String normalised(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}%]+", " ").strip();
    }

    /** 1 − Levenshtein distance / the longer length: 1 for equal texts, 0 for nothing in common. */
    static double similarity(String a, String b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1 - (double) previous[b.length()] / Math.max(a.length(), b.length());
    }
}
