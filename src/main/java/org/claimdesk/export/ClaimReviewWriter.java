package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.claimdesk.base.WebAddress;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.VerdictType;
import org.claimdesk.review.VerdictView;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org ClaimReview JSON-LD, one per claim with a final verdict (or, asked for all, per claim with any
 * verdict, marked as a draft). Written so it can sit inside an HTML {@code <script>} element: '<', '>', '&'
 * and the line separators are escaped, so no claim text can close the element.
 */
final class ClaimReviewWriter {

    private static final Pattern ORGANISATION = Pattern.compile("(?i)\\b(house|ministry|office|department|agency"
            + "|council|commission|government|party|kremlin|company|inc|corp|ltd|bank|university|news|times|post"
            + "|police|army|court|committee|union|parliament|senate|congress)\\b");

    private final JsonMapper json;

    ClaimReviewWriter(JsonMapper json) {
        this.json = json;
    }

    void write(ExportData data, boolean all, OutputStream out) throws IOException {
        List<Map<String, Object>> reviews = new ArrayList<>();
        for (ClaimReview claim : data.claims()) {
            DecisionView decision = claim.decision();
            if (decision != null) {
                reviews.add(review(data, claim, decision.verdict(), firstDecisionDate(claim), false));
            } else if (all && !claim.claim().dismissed()) {
                VerdictView leading = Cells.leadingVerdict(claim);
                if (leading != null) {
                    reviews.add(review(data, claim, leading.verdict(), null, true));
                }
            }
        }
        json.writer().with(new HtmlSafeEscapes()).withDefaultPrettyPrinter().writeValue(out, reviews);
    }

    /**
     * One HTML-safe ClaimReview per claim with a final verdict, by claim id, each with its {@code url} on the page
     * at {@code pageUrl} where it is published.
     */
    Map<Long, String> each(ExportData data, String pageUrl) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (ClaimReview claim : data.claims()) {
            if (claim.decision() != null && !claim.claim().dismissed()) {
                Map<String, Object> review = review(data, claim, claim.decision().verdict(), firstDecisionDate(claim), false);
                review.put("url", pageUrl + "#claim-" + claim.claim().id());
                out.put(claim.claim().id(), new String(json.writer().with(new HtmlSafeEscapes()).withDefaultPrettyPrinter()
                        .writeValueAsBytes(review), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private Map<String, Object> review(ExportData data, ClaimReview claim, VerdictType verdict, LocalDate published,
            boolean draft) {
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", data.claimUrl(claim.claim().id()));
        review.put("claimReviewed", claim.claim().reviewedText());
        review.put("author", Map.of("@type", "Organization", "name", data.organization(), "url", data.publicUrl()));
        if (published != null) {
            review.put("datePublished", published.toString());
        }
        if (draft) {
            review.put("creativeWorkStatus", "Draft");
        }
        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("@type", "Rating");
        rating.put("alternateName", verdict.label());
        if (verdict.rating() != null) {
            rating.put("ratingValue", verdict.rating());
            rating.put("bestRating", 5);
            rating.put("worstRating", 1);
        }
        review.put("reviewRating", rating);
        if (!draft) {
            review.put("reviewBody", reviewBody(claim));
        }
        review.put("itemReviewed", itemReviewed(data, claim));
        return review;
    }

    private static Map<String, Object> itemReviewed(ExportData data, ClaimReview claim) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        String speaker = claim.claim().speaker();
        if (speaker != null) {
            item.put("author", Map.of("@type", ORGANISATION.matcher(speaker).find() ? "Organization" : "Person",
                    "name", speaker));
        }
        if (data.article().publishedOn() != null) {
            item.put("datePublished", data.article().publishedOn().toString());
        }
        if (data.article().language() != null) {
            item.put("inLanguage", data.article().language());
        }
        Map<String, Object> appearance = new LinkedHashMap<>();
        appearance.put("@type", "NewsArticle");
        if (WebAddress.isWeb(data.article().sourceUrl())) { // anything else is left out: publishers embed this
            appearance.put("url", data.article().sourceUrl());
        }
        appearance.put("headline", data.article().title());
        if (data.article().publisher() != null) {
            appearance.put("publisher", Map.of("@type", "Organization", "name", data.article().publisher()));
        }
        item.put("appearance", appearance);
        return item;
    }

    /** The rationale, led by the attribution finding where the claim has a speaker and it was judged. */
    private static String reviewBody(ClaimReview claim) {
        DecisionView d = claim.decision();
        String speaker = claim.claim().speaker();
        return d.attribution() == null || speaker == null ? d.rationale()
                : d.attribution().finding(speaker) + " " + d.rationale();
    }

    private static LocalDate firstDecisionDate(ClaimReview claim) {
        return LocalDate.ofInstant(claim.decisions().getFirst().createdAt(), ZoneOffset.UTC);
    }

    /** JSON that is also safe inside HTML: {@code <}, {@code >}, {@code &} and U+2028/2029 as \\u escapes. */
    static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        HtmlSafeEscapes() {
            ascii['<'] = ESCAPE_STANDARD;
            ascii['>'] = ESCAPE_STANDARD;
            ascii['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == 0x2028 ? new SerializedString("\\u2028") : ch == 0x2029 ? new SerializedString("\\u2029") : null;
        }
    }
}
