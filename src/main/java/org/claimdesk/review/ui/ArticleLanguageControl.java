package org.claimdesk.review.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.claim.language.LanguageProfiles;
import org.claimdesk.review.LanguageChangeService;

/**
 * On the article page, while no verdict exists and for editors and the article's importer: the article's language,
 * and a button that sets another one and splits the claims again by its rules (the same service as
 * {@code PATCH /api/v1/articles/{id}}). Once a verdict exists the control is not offered.
 */
@org.springframework.stereotype.Component
class ArticleLanguageControl implements ArticleToolbarItem {

    private final LanguageChangeService changes;
    private final ArticleService articles;

    ArticleLanguageControl(LanguageChangeService changes, ArticleService articles) {
        this.changes = changes;
        this.articles = articles;
    }

    @Override
    public Component create(Long articleId) {
        Div holder = new Div();
        ArticleSnapshot article = articles.get(articleId);
        if (!changes.changeable(article)) {
            return holder;
        }
        Select<String> language = new Select<>();
        language.setId("article-language");
        language.setLabel(holder.getTranslation("article-language.label"));
        language.setItems(choices(article.language()));
        language.setItemLabelGenerator(code -> name(code, Formats.locale()));
        language.setValue(article.language());
        Button apply = new Button(holder.getTranslation("article-language.apply"));
        apply.setId("article-language-apply");
        apply.setTooltipText(holder.getTranslation("article-language.tooltip"));
        apply.setEnabled(false);
        language.addValueChangeListener(e -> apply.setEnabled(e.getValue() != null
                && !e.getValue().equals(article.language())));
        apply.addClickListener(e -> ServiceAction.run(() -> changes.change(articleId, language.getValue()),
                holder.getTranslation("article-language.changed", name(language.getValue(), Formats.locale())),
                () -> UI.getCurrent().refreshCurrentRoute(false)));
        HorizontalLayout row = new HorizontalLayout(language, apply);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        holder.add(row);
        return holder;
    }

    /** The languages with a profile, and the article's own when it has none (so the select can show it). */
    static List<String> choices(String current) {
        List<String> codes = new ArrayList<>(LanguageProfiles.SUPPORTED);
        if (current != null && !codes.contains(current)) {
            codes.add(current);
        }
        return codes;
    }

    /** "Spanish (es)" in the reader's language. */
    static String name(String code, Locale reader) {
        String name = Locale.of(code).getDisplayLanguage(reader);
        return (name.isEmpty() ? code : name.substring(0, 1).toUpperCase(reader) + name.substring(1)) + " (" + code + ")";
    }
}
