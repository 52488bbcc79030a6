package org.claimdesk.article;

import org.claimdesk.base.HistoryAction;

/** What can happen to an article itself, as its history rows record it ({@code article_history.action}). */
public enum ArticleAction implements HistoryAction {
    /** Its language changed and its claims were split again by that language's rules. */
    LANGUAGE_CHANGED("Language changed, claims split again");

    private final String label;

    ArticleAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelKey() {
        return "article-action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
