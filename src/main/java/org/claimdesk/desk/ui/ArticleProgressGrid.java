package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import org.claimdesk.article.ArticleFilter;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimCounts;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.FinalVerdicts;
import org.claimdesk.review.VerdictMix;

/** Every article, newest first and loaded page by page: its progress (approved of its claims) and verdict mix. */
final class ArticleProgressGrid extends Section {

    record Row(ArticleSummary article, ClaimCounts counts, VerdictMix mix) {
    }

    final Grid<Row> grid = new Grid<>();

    ArticleProgressGrid(ArticleService articles, ClaimService claims, FinalVerdicts finals) {
        setId("article-progress");
        addClassName("overview-panel");
        getElement().setAttribute("aria-labelledby", "article-progress-heading");
        H3 heading = new H3(getTranslation("overview.articles"));
        heading.setId("article-progress-heading");
        grid.setId("overview-articles");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(LitRenderer.<Row>of("<a href=\"${item.href}\">${item.title}</a>")
                .withProperty("href", r -> "articles/" + r.article().id())
                .withProperty("title", r -> r.article().title())).setHeader(getTranslation("queue.article")).setFlexGrow(3);
        grid.addColumn(r -> Texts.t("overview.progress", r.counts().approved(), r.counts().reviewable()))
                .setHeader(getTranslation("overview.progress-header")).setAutoWidth(true).setFlexGrow(0).setKey("progress");
        grid.addComponentColumn(r -> VerdictChartView.bar(r.article().title(), r.mix()))
                .setHeader(getTranslation("queue.verdicts")).setFlexGrow(2).setKey("verdicts");
        grid.setItems(query -> {
            List<ArticleSummary> page = articles.search(ArticleFilter.ALL,
                    VaadinSpringDataHelpers.toSpringPageRequest(query));
            List<Long> ids = page.stream().map(ArticleSummary::id).toList();
            Map<Long, ClaimCounts> counts = claims.countsFor(ids);
            Map<Long, VerdictMix> mixes = finals.mixFor(ids);
            return page.stream().map(a -> new Row(a, counts.getOrDefault(a.id(), new ClaimCounts(0, 0, 0)),
                    mixes.get(a.id())));
        }, query -> (int) articles.count(ArticleFilter.ALL));
        grid.setAllRowsVisible(false);
        grid.setHeight("24rem");
        add(heading, grid);
    }
}
