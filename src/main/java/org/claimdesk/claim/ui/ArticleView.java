package org.claimdesk.claim.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;

/**
 * One article: its text with every claim marked in place, the claim list beside it (selecting in one
 * selects in the other), and the selected claim's details. Alt+↓ and Alt+↑ move between claims.
 */
@Route(value = "articles/:articleId", layout = MainLayout.class)
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ClaimService claims;
    private final ClaimEditService edits;
    final Grid<ClaimView> list = new Grid<>();
    private final Div detail = new Div();
    private ArticleSnapshot article;
    private List<ClaimView> current = List.of();
    private ArticleText text;

    ArticleView(ArticleService articles, ClaimService claims, ClaimEditService edits) {
        this.articles = articles;
        this.claims = claims;
        this.edits = edits;
        addClassName("page");
        setSizeFull();
        list.setId("claims");
        list.addColumn(ClaimView::ordinal).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        list.addColumn(ClaimView::text).setHeader("Claim").setFlexGrow(5);
        list.addColumn(c -> c.speaker() == null ? "" : c.speaker()).setHeader("Speaker").setFlexGrow(1);
        list.addColumn(c -> c.checkworthiness().label()).setHeader("Hint").setAutoWidth(true).setSortable(true)
                .setComparator(c -> c.checkworthiness().ordinal());
        list.addColumn(c -> c.dismissed() ? "Not a claim" : c.status().label()).setHeader("Status").setAutoWidth(true);
        list.setPartNameGenerator(c -> c.dismissed() ? "dismissed" : null);
        list.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(c -> showDetail(c.id())));
        Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_UP, KeyModifier.ALT);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("articleId");
        try {
            article = articles.get(id.orElseThrow(() -> new NotFoundException("No such article.")));
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class, e.getMessage());
            return;
        }
        reload(null);
    }

    @Override
    public String getPageTitle() {
        return (article == null ? "Article" : article.title()) + " | ClaimDesk";
    }

    private void reload(Long select) {
        current = claims.forArticle(article.id());
        removeAll();
        text = new ArticleText(article.text(), current, this::selectClaim);
        list.setItems(current);
        Scroller detailScroller = new Scroller(detail);
        VerticalLayout right = new VerticalLayout(list, detailScroller);
        right.setPadding(false);
        right.setSizeFull();
        right.setFlexGrow(1, detailScroller);
        list.setHeight("40%");
        list.setMinHeight("12rem");
        SplitLayout split = new SplitLayout(text, right);
        split.setSizeFull();
        split.setSplitterPosition(50);
        add(new H2(article.title()), summary(), split);
        detail.removeAll();
        if (select != null) {
            selectClaim(select);
        }
    }

    private Span summary() {
        long checkable = current.stream().filter(c -> c.checkworthiness() == Checkworthiness.FACTUAL).count();
        long dismissed = current.stream().filter(ClaimView::dismissed).count();
        String source = article.publisher() != null ? article.publisher() : article.sourceUrl();
        Span summary = new Span(current.size() + " claims · " + checkable + " checkable · " + dismissed
                + " dismissed · imported by " + article.importedBy() + " " + Formats.dateTime(article.importedAt())
                + (source == null ? "" : " · " + source) + " · Alt+↓/↑: next/previous claim");
        summary.setId("article-summary");
        summary.addClassName("article-summary");
        return summary;
    }

    void selectClaim(Long claimId) {
        current.stream().filter(c -> c.id().equals(claimId)).findFirst().ifPresent(claim -> {
            if (!list.asSingleSelect().getOptionalValue().map(ClaimView::id).equals(Optional.of(claimId))) {
                list.select(claim);
                list.scrollToItem(claim);
            }
            showDetail(claimId);
        });
    }

    private void showDetail(Long claimId) {
        text.select(claimId);
        detail.removeAll();
        detail.add(new ClaimDetail(claims.get(claimId), article.text(), claims, edits, this::reload));
    }

    private void move(int step) {
        if (current.isEmpty()) {
            return;
        }
        int index = list.asSingleSelect().getOptionalValue().map(current::indexOf).orElse(step > 0 ? -1 : current.size());
        int next = Math.max(0, Math.min(current.size() - 1, index + step));
        selectClaim(current.get(next).id());
    }
}
