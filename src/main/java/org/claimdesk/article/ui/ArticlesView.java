package org.claimdesk.article.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.base.ui.MainLayout;

/** The start page: every imported article, newest first, searchable, loaded lazily page by page. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Articles | ClaimDesk")
@PermitAll
public class ArticlesView extends VerticalLayout {

    final Grid<ArticleSummary> grid = new Grid<>();
    final TextField search = new TextField();

    ArticlesView(ArticleService articles) {
        addClassName("page");
        setSizeFull();
        search.setPlaceholder("Search title and text");
        search.setId("article-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");

        grid.setId("articles");
        grid.addColumn(ArticleSummary::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(a -> a.publisher() != null ? a.publisher() : a.sourceUrl()).setHeader("Source");
        grid.addColumn(ArticleSummary::importedBy).setHeader("Imported by");
        grid.addColumn(ArticleSummary::importedAt).setHeader("Imported at");
        grid.setItems(query -> articles.search(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) articles.count(search.getValue()));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new H2("Articles"), search, grid);
    }
}
