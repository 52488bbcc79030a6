package org.claimdesk;

import java.nio.charset.StandardCharsets;

/**
 * A news page a site edits after ClaimDesk imported it (written for our tests): one sentence edited, one removed,
 * one added at the top, so every other sentence moves.
 */
public final class EditedStory {

    public static final String KEPT_1 = "The city council approved a new budget of 480 million euros on Monday evening.";
    public static final String EDITED_BEFORE = "Spending on public transport will rise by 12 percent next year, the "
            + "finance department said.";
    public static final String EDITED_AFTER = "Spending on public transport will rise by 9 percent next year, the "
            + "finance department said.";
    public static final String REMOVED = "The mayor claimed the budget was balanced for the first time since 2015.";
    public static final String KEPT_2 = "Property taxes will stay at their current level for households and small firms.";
    public static final String KEPT_3 = "Critics argue that the plan leaves the city's libraries short of 3 million euros.";
    public static final String KEPT_4 = "A final vote on the new bus lanes is expected in March, officials said.";
    public static final String ADDED = "This article was updated on Tuesday with corrected figures from the council.";

    private EditedStory() {
    }

    /** The page with these paragraphs in its article, between a navigation bar and a footer. */
    public static byte[] page(String... paragraphs) {
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Council passes budget</title></head><body><nav><a href=\"/\">Home</a></nav><article>"
                + "<h1>Council passes budget</h1>");
        for (String p : paragraphs) {
            html.append("<p>").append(p).append("</p>");
        }
        return html.append("</article><footer>© City Ledger</footer></body></html>").toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** As imported. */
    public static byte[] version1() {
        return page(KEPT_1 + " " + EDITED_BEFORE, REMOVED + " " + KEPT_2, KEPT_3 + " " + KEPT_4);
    }

    /** As edited: one sentence added, one edited, one removed. */
    public static byte[] version2() {
        return page(ADDED, KEPT_1 + " " + EDITED_AFTER, KEPT_2, KEPT_3 + " " + KEPT_4);
    }
}
