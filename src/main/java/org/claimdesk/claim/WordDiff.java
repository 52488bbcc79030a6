package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * A word-level before/after diff of a stale claim's sentence (longest common subsequence of words, whitespace
 * kept with the word before it), for the notice on the claim. Sentences are short, so the quadratic table is tiny.
 */
public final class WordDiff {

    public enum Kind { SAME, REMOVED, ADDED }

    public record Part(Kind kind, String text) {
    }

    private WordDiff() {
    }

    public static List<Part> of(String before, String after) {
        String[] a = words(before);
        String[] b = words(after);
        int[][] lcs = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lcs[i][j] = a[i].strip().equals(b[j].strip()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].strip().equals(b[j].strip())) {
                add(parts, Kind.SAME, b[j]);
                i++;
                j++;
            } else if (j < b.length && (i == a.length || lcs[i][j + 1] > lcs[i + 1][j])) {
                add(parts, Kind.ADDED, b[j++]);
            } else {
                add(parts, Kind.REMOVED, a[i++]);
            }
        }
        return parts;
    }

    private static String[] words(String text) {
        return text == null || text.isEmpty() ? new String[0] : text.split("(?<=\\s)(?=\\S)");
    }

    private static void add(List<Part> parts, Kind kind, String word) {
        if (!parts.isEmpty() && parts.getLast().kind() == kind) {
            parts.set(parts.size() - 1, new Part(kind, parts.getLast().text() + word));
        } else {
            parts.add(new Part(kind, word));
        }
    }
}
