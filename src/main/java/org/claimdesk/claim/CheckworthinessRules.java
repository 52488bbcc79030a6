package org.claimdesk.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.claimdesk.claim.language.LanguageProfile;
import org.claimdesk.claim.language.LanguageProfiles;

/**
 * Transparent rules for the check-worthiness hint, with the hint words of the sentence's language. Each rule
 * that fires is named in the reason, so a reviewer sees why ("number '2018'; name 'Helsinki'") and can
 * override it. Numbers, years, question marks and (outside German, which capitalises every noun) names
 * mid-sentence are recognised in any language.
 */
final class CheckworthinessRules {

    record Hint(Checkworthiness kind, String reason) {
    }

    private static final Map<String, Words> WORDS = new ConcurrentHashMap<>();
    private static final Pattern NAMED_ENTITY = Pattern.compile("(?<=[\\p{Ll},;:]\\s)(\\p{Lu}[\\p{L}\\-]+(?:\\s\\p{Lu}[\\p{L}\\-]+)*)");

    /** The compiled hint words of one language. */
    private record Words(Pattern number, Pattern date, Pattern comparison, Pattern cause, Pattern prediction,
            Pattern opinion, boolean namesByCapital) {

        static Words of(LanguageProfile p) {
            return new Words(
                    Pattern.compile("(?<![\\p{L}])[$€£¥₹R]?\\$?\\d[\\d,.]*\\s?(?:%|(?:" + p.alternation("number-words")
                            + ")(?![\\p{L}]))?", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?<![\\p{L}])(?:" + p.alternation("date-words") + "|(?:1[89]|20)\\d\\d)(?![\\p{L}\\d])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    words(p, "comparison-words"), words(p, "cause-words"), words(p, "prediction-words"),
                    words(p, "opinion-words"), !p.flag("capitalised-nouns"));
        }

        private static Pattern words(LanguageProfile p, String section) {
            return Pattern.compile("(?<![\\p{L}])(?:" + p.alternation(section) + ")(?![\\p{L}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
    }

    /** English, for callers that know no language. */
    Hint classify(String sentence) {
        return classify(sentence, "en");
    }

    Hint classify(String sentence, String language) {
        Words w = WORDS.computeIfAbsent(language == null ? "" : language, c -> Words.of(LanguageProfiles.forCode(c)));
        String s = sentence.strip();
        String unquoted = s.replaceAll("[\"”’»«“)\\]]+$", "");
        if (unquoted.endsWith("?") || unquoted.endsWith("?!") || unquoted.endsWith("؟") || unquoted.endsWith("？")) {
            return new Hint(Checkworthiness.QUESTION, "Question: ends with '?'");
        }
        List<String> facts = new ArrayList<>();
        first(w.number(), s, "number", facts);
        first(w.date(), s, "date", facts);
        if (w.namesByCapital()) {
            first(NAMED_ENTITY, s, "name", facts);
        }
        first(w.comparison(), s, "comparison", facts);
        first(w.cause(), s, "cause", facts);
        List<String> prediction = new ArrayList<>();
        first(w.prediction(), s, "modal or future", prediction);
        List<String> opinion = new ArrayList<>();
        first(w.opinion(), s, "judgement", opinion);

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
