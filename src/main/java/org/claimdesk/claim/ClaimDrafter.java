package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an article's text into claim drafts: sentence spans, their speakers and check-worthiness hints, by
 * the rules of the article's language. A quote that runs over several sentences takes the speaker of its
 * attribution, whether that comes after the closing quote ("...," Trump said) or before the opening one
 * (The senator said: "..."). A pronoun ("he said", "dijo") takes the last person named before it, never an
 * organisation or an unnamed source.
 */
final class ClaimDrafter {

    record Draft(Span span, String speaker, CheckworthinessRules.Hint hint) {
    }

    private final ClaimSplitter splitter = new ClaimSplitter();
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final CheckworthinessRules rules = new CheckworthinessRules();

    /** English, for callers that know no language. */
    List<Draft> draft(String text) {
        return draft(text, "en");
    }

    /** Drafts by the rules of {@code language} (ISO 639-1; null or unknown: generic rules, no speakers or hint words). */
    List<Draft> draft(String text, String language) {
        List<Span> spans = splitter.split(text, language);
        Set<String> organisations = SpeakerFinder.organisationWords(language);
        int n = spans.size();
        String[] speaker = new String[n];
        int[] depthAtEnd = new int[n];
        boolean[] paragraphStart = new boolean[n];
        String lastPerson = null;
        Quotes quotes = new Quotes();
        int previousEnd = 0;
        for (int i = 0; i < n; i++) {
            Span span = spans.get(i);
            paragraphStart[i] = i == 0 || text.substring(previousEnd, span.start()).indexOf('\n') >= 0;
            if (paragraphStart[i]) {
                quotes.reset();
            }
            for (int c = span.start(); c < span.end(); c++) {
                quotes.feed(text.charAt(c));
            }
            depthAtEnd[i] = quotes.depth();
            previousEnd = span.end();
            Attribution found = speakers.find(span.of(text), language).orElse(null);
            if (found != null && found.kind() == Attribution.Kind.PRONOUN) {
                speaker[i] = lastPerson;
            } else if (found != null) {
                speaker[i] = found.speaker();
                lastPerson = found.isPerson(organisations) ? found.speaker() : lastPerson;
            }
        }
        shareSpeakersWithinQuotes(speaker, depthAtEnd, paragraphStart);
        List<Draft> drafts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            drafts.add(new Draft(spans.get(i), speaker[i], rules.classify(spans.get(i).of(text), language)));
        }
        return drafts;
    }

    /** English, for callers that know no language. */
    CheckworthinessRules.Hint hint(String sentence) {
        return rules.classify(sentence);
    }

    CheckworthinessRules.Hint hint(String sentence, String language) {
        return rules.classify(sentence, language);
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
}
