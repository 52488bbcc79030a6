package org.claimdesk.article;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-shingle overlap, the measure of the public article-extraction benchmarks: lower-cased words, runs of
 * four, counted as a multiset; precision and recall of the extracted shingles against the expected ones.
 */
record Shingles(double precision, double recall) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int N = 4;

    static Shingles score(String extracted, String expected) {
        Map<String, Integer> got = of(extracted);
        Map<String, Integer> want = of(expected);
        int gotTotal = total(got);
        int wantTotal = total(want);
        int common = 0;
        for (Map.Entry<String, Integer> e : got.entrySet()) {
            common += Math.min(e.getValue(), want.getOrDefault(e.getKey(), 0));
        }
        if (gotTotal == 0 && wantTotal == 0) {
            return new Shingles(1, 1);
        }
        return new Shingles(gotTotal == 0 ? 0 : (double) common / gotTotal,
                wantTotal == 0 ? 0 : (double) common / wantTotal);
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static Map<String, Integer> of(String text) {
        List<String> words = new java.util.ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Map<String, Integer> shingles = new HashMap<>();
        if (words.isEmpty()) {
            return shingles;
        }
        int n = Math.min(N, words.size());
        for (int i = 0; i + n <= words.size(); i++) {
            shingles.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
        }
        return shingles;
    }

    private static int total(Map<String, Integer> shingles) {
        return shingles.values().stream().mapToInt(Integer::intValue).sum();
    }
}
