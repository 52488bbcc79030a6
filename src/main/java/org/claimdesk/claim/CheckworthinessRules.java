package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transparent rules for the check-worthiness hint. Each rule that fires is named in the reason, so a
 * reviewer sees why ("number '2018'; name 'Helsinki'") and can override it.
 */
final class CheckworthinessRules {

    record Hint(Checkworthiness kind, String reason) {
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}])[$€£¥]?\\d[\\d,.]*\\s?(?:%|percent|per cent|million|billion|trillion|bn|m\\b)?");
    private static final Pattern DATE = Pattern.compile("\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
            + "|January|February|March|April|May|June|July|August|September|October|November|December"
            + "|yesterday|last (?:week|month|year)|(?:1[89]|20)\\d\\d)\\b");
    private static final Pattern NAMED_ENTITY = Pattern.compile("(?<=[\\p{Ll},;:]\\s)(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)*)");
    private static final Pattern COMPARISON = Pattern.compile("\\b(?:more|less|fewer|higher|lower|larger|smaller"
            + "|biggest|largest|smallest|highest|lowest|most|least|first|only|never|always|record|twice|half"
            + "|doubled|tripled|increase[ds]?|decrease[ds]?|rose|fell|grew|dropped)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAUSE = Pattern.compile("\\b(?:because|caused|causes|led to|leads to|due to"
            + "|sparked|triggered|resulted in|as a result|thanks to|blamed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREDICTION = Pattern.compile("\\b(?:will|won't|shall|going to|expected to"
            + "|plans? to|set to|likely|unlikely|forecasts?|predicts?|may|might|could|would)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPINION = Pattern.compile("\\b(?:I think|I believe|we believe|I feel|in my view"
            + "|should|must|ought to|need to|disgrace\\w*|shameful|terrible|horrible|wonderful|beautiful|great"
            + "|best|worst|mess|outrageous|ridiculous|disaster\\w*|incredible|amazing|sad|bad|good|mistake"
            + "|unfair|wrong|right thing|absurd)\\b", Pattern.CASE_INSENSITIVE);

    Hint classify(String sentence) {
        String s = sentence.strip();
        String unquoted = s.replaceAll("[\"”’»)\\]]+$", "");
        if (unquoted.endsWith("?") || unquoted.endsWith("?!")) {
            return new Hint(Checkworthiness.QUESTION, "Question: ends with '?'");
        }
        List<String> facts = new ArrayList<>();
        first(NUMBER, s, "number", facts);
        first(DATE, s, "date", facts);
        first(NAMED_ENTITY, s, "name", facts);
        first(COMPARISON, s, "comparison", facts);
        first(CAUSE, s, "cause", facts);
        List<String> prediction = new ArrayList<>();
        first(PREDICTION, s, "modal or future", prediction);
        List<String> opinion = new ArrayList<>();
        first(OPINION, s, "judgement", opinion);

        if (!prediction.isEmpty() && facts.size() < 2) {
            return new Hint(Checkworthiness.PREDICTION, "Prediction: " + join(prediction, facts));
        }
        if (!opinion.isEmpty() && facts.size() < 2) {
            return new Hint(Checkworthiness.OPINION, "Opinion: " + join(opinion, facts));
        }
        if (!facts.isEmpty()) {
            List<String> others = new ArrayList<>(prediction);
            others.addAll(opinion);
            return new Hint(Checkworthiness.FACTUAL, "Checkable: " + join(facts, others));
        }
        return new Hint(Checkworthiness.OPINION, "Opinion: no number, date, name, comparison or cause to check");
    }

    private static void first(Pattern pattern, String text, String label, List<String> into) {
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            into.add(label + " '" + m.group().strip() + "'");
        }
    }

    private static String join(List<String> main, List<String> also) {
        String reason = String.join("; ", main);
        if (!also.isEmpty()) {
            reason += " (also " + String.join("; ", also) + ")";
        }
        return reason.length() > 300 ? reason.substring(0, 297) + "..." : reason;
    }
}
