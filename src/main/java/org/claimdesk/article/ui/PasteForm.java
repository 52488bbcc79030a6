package org.claimdesk.article.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notices;

/** Title, text and optional metadata; the service's rules decide, and the input stays on refusal. */
class PasteForm extends VerticalLayout {

    final TextField title = new TextField("Title");
    final TextArea text = new TextArea("Article text");
    final TextField sourceUrl = new TextField("Source URL (optional)");
    final TextField publisher = new TextField("Publisher (optional)");
    final TextField author = new TextField("Author (optional)");
    final DatePicker published = new DatePicker("Published on (optional)");

    PasteForm(ArticleService articles, Consumer<ArticleSnapshot> onImported) {
        setPadding(false);
        title.setId("paste-title");
        title.setMaxLength(500);
        title.setHelperText("Left empty, the first line becomes the title.");
        text.setId("paste-text");
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setRequired(true);
        sourceUrl.setId("paste-source-url");
        FormLayout meta = new FormLayout(title, sourceUrl, publisher, author, published);
        Button save = new Button("Import", e -> {
            try {
                onImported.accept(articles.importArticle(new ArticleDraft(title.getValue(), text.getValue(),
                        sourceUrl.getValue(), publisher.getValue(), author.getValue(), published.getValue()),
                        ImportMethod.PASTE));
            } catch (InvalidInputException ex) {
                text.setInvalid(ex.getMessage().contains("text"));
                text.setErrorMessage(ex.getMessage());
                Notices.error(ex.getMessage());
            }
        });
        save.setId("paste-import");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(meta, text, save);
    }
}
