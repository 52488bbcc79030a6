package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimCounts;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.security.CurrentUser;

/** Every imported article, newest first or best match, loaded lazily page by page and filtered in the query. */
@Route(value = "articles", layout = MainLayout.class)
@PermitAll
public class ArticlesView extends VerticalLayout implements HasDynamicTitle {

    record Row(ArticleSummary article, ClaimCounts counts) {
    }

    final Grid<Row> grid = new Grid<>();
    final TextField search = new TextField();
    final Checkbox mine = new Checkbox(getTranslation("articles.mine"));

    final ArticleFilterBar filters;

    ArticlesView(ArticleService articles, ClaimService claims, ClaimOverviewQueries claimQueries) {
        addClassName("page");
        filters = new ArticleFilterBar(articles, () -> grid.getDataProvider().refreshAll());
        setSizeFull();
        search.setPlaceholder(getTranslation("articles.search"));
        search.setAriaLabel(getTranslation("articles.search-label"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setId("article-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");
        search.setMaxWidth("100%");
        Button importButton = new Button(getTranslation("articles.import"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("import")));
        importButton.setId("import-article");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("articles");
        grid.addColumn(r -> r.article().title()).setHeader(getTranslation("articles.title")).setFlexGrow(4);
        grid.addColumn(r -> r.article().publisher() != null ? r.article().publisher() : r.article().sourceUrl())
                .setHeader(getTranslation("articles.source")).setFlexGrow(2);
        grid.addColumn(r -> r.article().importedBy()).setHeader(getTranslation("articles.imported-by"));
        grid.addColumn(r -> Formats.dateTime(r.article().importedAt())).setHeader(getTranslation("articles.imported"));
        grid.addColumn(r -> r.counts().reviewable()).setHeader(getTranslation("articles.claims")).setAutoWidth(true);
        grid.addComponentColumn(ArticlesView::progress).setHeader(getTranslation("articles.approved")).setAutoWidth(true);
        grid.setItems(query -> {
            List<ArticleSummary> page = articles.search(filters.filter(search.getValue(), importer(), claimQueries),
                    VaadinSpringDataHelpers.toSpringPageRequest(query));
            Map<Long, ClaimCounts> counts = claims.countsFor(page.stream().map(ArticleSummary::id).toList());
            return page.stream().map(a -> new Row(a, counts.getOrDefault(a.id(), new ClaimCounts(0, 0, 0))));
        }, query -> (int) articles.count(filters.filter(search.getValue(), importer(), claimQueries)));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().article().id())));
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        mine.setId("only-mine");
        mine.addValueChangeListener(e -> {
            filters.importer.setEnabled(!e.getValue());
            grid.getDataProvider().refreshAll();
        });

        HorizontalLayout tools = new HorizontalLayout(search, mine, importButton);
        tools.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        tools.setWidthFull();
        add(new H2(getTranslation("nav.articles")), tools, filters, grid);
    }

    private String importer() {
        return mine.getValue() ? CurrentUser.username().orElse(null) : null;
    }

    private static HorizontalLayout progress(Row row) {
        ProgressBar bar = new ProgressBar(0, 1, row.counts().progress());
        bar.getElement().setAttribute("aria-label", Texts.t("articles.progress-label", row.counts().approved(),
                row.counts().reviewable()));
        bar.setWidth("5rem");
        HorizontalLayout cell = new HorizontalLayout(bar,
                new com.vaadin.flow.component.html.Span(Formats.number(row.counts().approved()) + "/"
                        + Formats.number(row.counts().reviewable())));
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.articles") + " | ClaimDesk";
    }
}
