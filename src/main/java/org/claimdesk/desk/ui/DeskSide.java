package org.claimdesk.desk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import org.claimdesk.base.ui.TabsAccessibility;

/** Beside the article's text: a tab with the claims (their filters and list) and a tab with the open claim's review. */
class DeskSide extends TabSheet {

    private final Div claims = new Div();
    private final Div review = new Div();
    private final Tab claimsTab;
    private final Tab reviewTab;

    DeskSide() {
        review.setId("review-pane");
        review.addClassName("review-pane");
        claimsTab = add(getTranslation("article.claims"), claims);
        reviewTab = add(getTranslation("article.review"), review);
        claimsTab.setId("claims-tab");
        reviewTab.setId("review-tab");
        addClassName("desk-side");
        TabsAccessibility.fix(this);
        addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
    }

    /** Puts the claims' filters and list in their tab, headed by how many claims the article has, and opens it. */
    void showClaims(int count, Component... content) {
        claims.removeAll();
        claims.add(content);
        claimsTab.setLabel(getTranslation("article.claims-count", count));
        review.removeAll();
        setSelectedTab(claimsTab);
    }

    /** Runs {@code action} each time the claims tab opens. */
    void whenClaimsShown(Runnable action) {
        addSelectedChangeListener(e -> {
            if (getSelectedTab() == claimsTab) {
                action.run();
            }
        });
    }

    /** Puts a claim's review in its tab and opens it. */
    void showReview(Component... content) {
        review.removeAll();
        review.add(content);
        setSelectedTab(reviewTab);
    }
}
