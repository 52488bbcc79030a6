package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article's text into claim drafts: sentence spans, their speakers and check-worthiness hints.
 * A quote that runs over several sentences takes the speaker of its attribution, whether that comes
 * after the closing quote ("...," Trump said) or before the opening one (The senator said: "...").
 * "He said"/"she said" takes the last named speaker.
 */
final class ClaimDrafter {

    record Draft(Span span, String speaker, CheckworthinessRules.Hint hint) {
    }

    private final ClaimSplitter splitter = new ClaimSplitter();
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final CheckworthinessRules rules = new CheckworthinessRules();

    List<Draft> draft(String text) {
        List<Span> spans = splitter.split(text);
        int n = spans.size();
        String[] speaker = new String[n];
        int[] depthAtEnd = new int[n];
        boolean[] paragraphStart = new boolean[n];
        String lastNamed = null;
        int depth = 0;
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            Span span = spans.get(i);
            paragraphStart[i] = i == 0 || text.substring(previousEnd, span.start()).indexOf('\n') >= 0;
            if (paragraphStart[i]) {
                depth = 0;
            }
            depth = quoteDepthAfter(text, span, depth);
            depthAtEnd[i] = depth;
            previousEnd = span.end();
            String found = speakers.find(span.of(text)).orElse(null);
            if (SpeakerFinder.PRONOUN.equals(found)) {
                found = lastNamed;
            } else if (found != null) {
                lastNamed = found;
            }
            speaker[i] = found;
        }
        shareSpeakersWithinQuotes(speaker, depthAtEnd, paragraphStart);
        List<Draft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            drafts.add(new Draft(spans.get(i), speaker[i], rules.classify(spans.get(i).of(text))));
        }
        return drafts;
    }

    CheckworthinessRules.Hint hint(String sentence) {
        return rules.classify(sentence);
    }

    /** Sentences first..last of one quotation share the speaker named at either end of it. */
    private static void shareSpeakersWithinQuotes(String[] speaker, int[] depthAtEnd, boolean[] paragraphStart) {
        int i = 0;
        while (i < speaker.length) {
            if (depthAtEnd[i] == 0) {
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < speaker.length && !paragraphStart[last + 1] && depthAtEnd[last] > 0) {
                last++;
            }
            String shared = speaker[last] != null ? speaker[last] : speaker[i];
            for (int k = i; k <= last; k++) {
                if (speaker[k] == null) {
                    speaker[k] = shared;
                }
            }
            i = last + 1;
        }
    }

    private static int quoteDepthAfter(String text, Span span, int depth) {
        int d = depth;
        for (int i = span.start(); i < span.end(); i++) {
            char c = text.charAt(i);
            if (c == '“' || c == '«') {
                d++;
            } else if ((c == '”' || c == '»') && d > 0) {
                d--;
            } else if (c == '"') {
                d = d > 0 ? d - 1 : d + 1;
            }
        }
        return d;
    }
}
