package org.claimdesk.publish.ui;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.publish.PublicationService;
import org.claimdesk.publish.PublicationState;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * On the article page: whether the review is public (with a link to the public page), and for editors a button to
 * publish or unpublish it. Both go through the same service as the API.
 */
@org.springframework.stereotype.Component
class PublishControl implements ArticleToolbarItem {

    private final PublicationService publications;

    PublishControl(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public Component create(Long articleId) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setId("publication");
        bar.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        show(bar, articleId);
        return bar;
    }

    private void show(HorizontalLayout bar, Long articleId) {
        bar.removeAll();
        PublicationState state = publications.state(articleId);
        if (state.published()) {
            Anchor page = new Anchor("/fact-checks/" + articleId, Texts.t("publish.public-page"));
            page.setId("public-page-link");
            page.setTarget("_blank");
            bar.add(new Span(Texts.t("publish.published-at", Formats.dateTime(state.publishedAt()))), page);
        } else {
            bar.add(new Span(Texts.t(state.history().isEmpty() ? "publish.not-published" : "publish.unpublished")));
        }
        if (CurrentUser.hasRole(Role.EDITOR)) {
            Button toggle = new Button(Texts.t(state.published() ? "publish.unpublish" : "publish.publish"));
            toggle.setId("publish-toggle");
            toggle.addClickListener(e -> ServiceAction.run(
                    () -> {
                        if (state.published()) {
                            publications.unpublish(articleId);
                        } else {
                            publications.publish(articleId);
                        }
                    },
                    Texts.t(state.published() ? "publish.taken-down" : "publish.was-published"),
                    () -> show(bar, articleId)));
            bar.add(toggle);
        }
    }
}
