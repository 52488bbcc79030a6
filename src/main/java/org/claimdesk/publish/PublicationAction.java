package org.claimdesk.publish;

import org.claimdesk.base.HistoryAction;

/** What a publication row records: the review went public, or was taken down. */
public enum PublicationAction implements HistoryAction {
    PUBLISHED("Published"),
    UNPUBLISHED("Unpublished");

    private final String label;

    PublicationAction(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String labelKey() {
        return "publication-action." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
