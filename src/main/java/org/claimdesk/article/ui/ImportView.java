package org.claimdesk.article.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;

/** Import an article three ways; on success the article opens with its claims. */
@Route(value = "import", layout = MainLayout.class)
@RolesAllowed({"REVIEWER", "EDITOR", "ADMIN"})
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    ImportView(ArticleService articles, ArticleImportService importer) {
        addClassName("page");
        TabSheet tabs = org.claimdesk.base.ui.TabsAccessibility.fix(new TabSheet());
        tabs.setWidthFull();
        tabs.add(getTranslation("import.paste"), new DraftForm(articles, ImportMethod.PASTE, "paste", this::opened));
        tabs.add(getTranslation("import.upload"), new UploadForm(importer, articles, this::opened));
        tabs.add(getTranslation("import.url"), new UrlForm(importer, articles, this::opened));
        add(new H2(getTranslation("import.title")), tabs);
    }

    private void opened(ArticleSnapshot article) {
        Notices.success(getTranslation("import.imported", article.title()));
        // the article page then says how many of its claims were checked before
        UI.getCurrent().navigate("articles/" + article.id(),
                com.vaadin.flow.router.QueryParameters.of("imported", "true"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.import") + " | ClaimDesk";
    }
}
