package org.claimdesk.article;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How much of one text occurs in another: the share of its three-word runs found there. */
final class TextOverlap {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextOverlap() {
    }

    static double coverage(String part, String whole) {
        Set<String> of = shingles(part);
        if (of.isEmpty()) {
            return 0;
        }
        Set<String> in = shingles(whole);
        return of.stream().filter(in::contains).count() / (double) of.size();
    }

    static int words(String text) {
        int n = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Set<String> shingles(String text) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        Set<String> shingles = new HashSet<>();
        String a = null;
        String b = null;
        while (m.find()) {
            String c = m.group();
            if (a != null) {
                shingles.add(a + ' ' + b + ' ' + c);
            }
            a = b;
            b = c;
        }
        return shingles;
    }
}
