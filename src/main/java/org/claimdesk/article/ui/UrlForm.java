package org.claimdesk.article.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/** Fetch a page by its address in the background, with a progress bar, then confirm its article and save it. */
class UrlForm extends VerticalLayout {

    final TextField url = new TextField(getTranslation("import.web-address"));
    final ProgressBar progress = new ProgressBar();
    final Button fetch = new Button(getTranslation("import.fetch"));
    final DraftForm confirm;

    UrlForm(ArticleImportService importer, ArticleService articles, Consumer<ArticleSnapshot> onImported) {
        setPadding(false);
        confirm = new DraftForm(articles, ImportMethod.URL, "url", onImported);
        confirm.setVisible(false);
        url.setId("import-url");
        url.setPlaceholder("https://");
        url.setWidth("36rem");
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("36rem");
        fetch.setId("fetch-url");
        fetch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fetch.addClickListener(e -> start(importer));
        HorizontalLayout row = new HorizontalLayout(url, fetch);
        row.setAlignItems(Alignment.BASELINE);
        add(row, progress, confirm);
    }

    private void start(ArticleImportService importer) {
        UI ui = UI.getCurrent();
        String address = url.getValue();
        busy(ui, true);
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                ArticleDraft article = importer.readUrl(address);
                ui.access(() -> {
                    busy(ui, false);
                    confirm.show(article);
                });
            } catch (InvalidInputException ex) {
                ui.access(() -> {
                    busy(ui, false);
                    url.setInvalid(true);
                    url.setErrorMessage(Texts.message(ex));
                    Notices.error(Texts.message(ex));
                });
            } catch (RuntimeException ex) {
                ui.access(() -> {
                    busy(ui, false);
                    Notices.error(getTranslation("import.page-unreadable"));
                });
            }
        }));
    }

    private void busy(UI ui, boolean busy) {
        progress.setVisible(busy);
        fetch.setEnabled(!busy);
        url.setInvalid(false);
        ui.setPollInterval(busy ? 500 : -1);
    }
}
