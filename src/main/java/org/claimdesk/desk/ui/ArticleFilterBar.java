package org.claimdesk.desk.ui;

import java.util.Locale;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.article.ArticleFilter;
import org.claimdesk.article.ArticleService;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.ReviewProgress;

/**
 * The article list's filters: progress, language and importer, each a labelled field reachable by Tab. The
 * list is large, so the filtering happens in the query (ArticleService, ClaimOverviewQueries).
 */
final class ArticleFilterBar extends Div {

    final Select<ReviewProgress> progress = new Select<>();
    final Select<String> language = new Select<>();
    final ComboBox<String> importer = new ComboBox<>(getTranslation("articles.imported-by"));

    ArticleFilterBar(ArticleService articles, Runnable changed) {
        addClassName("filter-bar");
        setId("article-filters");
        progress.setLabel(getTranslation("overview.progress-header"));
        progress.setId("filter-progress");
        progress.setItems(ReviewProgress.values());
        progress.setEmptySelectionAllowed(true);
        progress.setEmptySelectionCaption(getTranslation("filter.any"));
        progress.setItemLabelGenerator(p -> getTranslation(p == null ? "filter.any" : p.labelKey()));
        language.setLabel(getTranslation("draft.language"));
        language.setId("filter-language");
        language.setItems(articles.languages());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("filter.any"));
        language.setItemLabelGenerator(ArticleFilterBar::languageName);
        importer.setId("filter-importer");
        importer.setItems(articles.importers());
        importer.setClearButtonVisible(true);
        importer.setPlaceholder(getTranslation("filter.anyone"));
        progress.addValueChangeListener(e -> changed.run());
        language.addValueChangeListener(e -> changed.run());
        importer.addValueChangeListener(e -> changed.run());
        add(progress, language, importer);
    }

    /** The filter for the list: {@code me} (may be null) wins over the importer field when "Imported by me" is on. */
    ArticleFilter filter(String query, String me, ClaimOverviewQueries claims) {
        String by = me != null ? me : importer.getValue();
        return claims.narrow(new ArticleFilter(query, by, language.getValue(), null, null), progress.getValue());
    }

    static String languageName(String code) {
        if (code == null) {
            return Texts.t("filter.any");
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Formats.locale());
        return name.isEmpty() ? code : name + " (" + code + ")";
    }
}
