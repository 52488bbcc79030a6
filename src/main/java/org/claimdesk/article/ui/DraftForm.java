package org.claimdesk.article.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;

/**
 * An article's text and metadata before it is stored: typed in (paste), or filled from a file or a page for
 * the reviewer to confirm or correct (title, author, publisher, date, language, canonical URL). The service's
 * rules decide, and the input stays on refusal.
 */
class DraftForm extends VerticalLayout {

    /** The refusals that are about the article's text, so the text field shows them. */
    private static final Set<String> TEXT_REFUSALS = Set.of("error.article.no-text", "error.article.too-long",
            "error.article.control-characters");
    private static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr", "de", "it");

    final TextField title = new TextField(getTranslation("draft.title"));
    final TextArea text = new TextArea(getTranslation("draft.text"));
    final TextField sourceUrl = new TextField(getTranslation("draft.source-url"));
    final TextField publisher = new TextField(getTranslation("draft.publisher"));
    final TextField author = new TextField(getTranslation("draft.author"));
    final DatePicker published = Formats.localized(new DatePicker(getTranslation("draft.published")));
    final ComboBox<String> language = new ComboBox<>(getTranslation("draft.language"));
    final Button save;

    DraftForm(ArticleService articles, ImportMethod method, String id, Consumer<ArticleSnapshot> onImported) {
        setPadding(false);
        title.setId(id + "-title");
        title.setMaxLength(500);
        title.setHelperText(getTranslation("draft.title-help"));
        text.setId(id + "-text");
        text.setWidthFull();
        text.setMinHeight("16rem");
        text.setRequired(true);
        sourceUrl.setId(id + "-source-url");
        publisher.setId(id + "-publisher");
        author.setId(id + "-author");
        published.setId(id + "-published");
        language.setId(id + "-language");
        language.setItems(LANGUAGES);
        language.setAllowCustomValue(true);
        language.addCustomValueSetListener(e -> {
            language.setItems(with(e.getDetail()));
            language.setValue(e.getDetail());
        });
        language.setItemLabelGenerator(DraftForm::languageName);
        language.setHelperText(getTranslation("draft.language-help"));
        FormLayout meta = new FormLayout(title, sourceUrl, publisher, author, published, language);
        save = new Button(getTranslation(method == ImportMethod.PASTE ? "draft.import" : "draft.save"), e -> {
            try {
                onImported.accept(articles.importArticle(new ArticleDraft(title.getValue(), text.getValue(),
                        sourceUrl.getValue(), publisher.getValue(), author.getValue(), published.getValue(),
                        language.getValue()), method));
            } catch (InvalidInputException ex) {
                text.setInvalid(TEXT_REFUSALS.contains(ex.key()));
                text.setErrorMessage(Texts.message(ex));
                Notices.error(Texts.message(ex));
            }
        });
        save.setId(id + "-import");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(meta, text, save);
    }

    /** Fills the form with what a file or page yielded, for the reviewer to confirm before saving. */
    void show(ArticleDraft draft) {
        title.setValue(blank(draft.title()));
        text.setValue(blank(draft.text()));
        sourceUrl.setValue(blank(draft.sourceUrl()));
        publisher.setValue(blank(draft.publisher()));
        author.setValue(blank(draft.author()));
        published.setValue(draft.publishedOn());
        language.setItems(with(draft.language()));
        language.setValue(draft.language());
        setVisible(true);
    }

    private static List<String> with(String code) {
        Set<String> codes = new LinkedHashSet<>(LANGUAGES);
        if (code != null && !code.isBlank()) {
            codes.add(code);
        }
        return List.copyOf(codes);
    }

    private static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Formats.locale());
        return name.isEmpty() || name.equals(code) ? code : code + " (" + name + ")";
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
