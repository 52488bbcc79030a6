package org.claimdesk.desk.ui;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.review.ReviewSettingsService;
import org.claimdesk.review.TimelineService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The article page's heading: its title, the button to its history (naming claims by their number in the claims
 * the page shows when it is pressed) and, for editors, its review settings.
 */
class ArticleHeading extends HorizontalLayout {

    ArticleHeading(ArticleSnapshot article, Supplier<List<ClaimRow>> claims, TimelineService timeline,
            ReviewSettingsService settings) {
        Button history = new Button(getTranslation("article.history"), e -> new ArticleTimelineDialog(article.id(),
                claims.get().stream().collect(Collectors.toMap(ClaimRow::id, ClaimRow::ordinal)), timeline).open());
        history.setId("article-history");
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H2(article.title()), history);
        if (CurrentUser.hasRole(Role.EDITOR)) {
            add(new ReviewSettingsBar(article.id(), settings));
        }
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        addClassName("article-heading");
    }
}
