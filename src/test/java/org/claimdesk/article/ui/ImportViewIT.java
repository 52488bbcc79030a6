package org.claimdesk.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.desk.ui.ArticleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class ImportViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ArticleImportService importer;

    @BeforeEach
    void openImport() {
        KaribuUi.start(context);
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);
        UI.getCurrent().navigate(ImportView.class);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @Test
    void a_pasted_article_opens_with_its_claims() {
        _get(TextField.class, spec -> spec.withId("paste-title")).setValue("Council vote");
        _get(TextArea.class, spec -> spec.withId("paste-text")).setValue("The council voted 7-2. The budget passed.");
        _click(_get(Button.class, spec -> spec.withId("paste-import")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(ArticleView.class);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("claims")))).isEqualTo(2);
    }

    @Test
    void an_empty_paste_says_why_keeps_the_title_and_stores_nothing() {
        long before = jdbc.queryForObject("select count(*) from article", Long.class);
        _get(TextField.class, spec -> spec.withId("paste-title")).setValue("Kept title");
        _click(_get(Button.class, spec -> spec.withId("paste-import")));

        assertThat(NotificationsKt.getNotifications()).extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .contains("The article has no text.");
        assertThat(_get(TextField.class, spec -> spec.withId("paste-title")).getValue()).isEqualTo("Kept title");
        assertThat(jdbc.queryForObject("select count(*) from article", Long.class)).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_saved_page_shows_what_was_found_for_confirmation_and_saves_the_corrections() throws Exception {
        _get(TabSheet.class).setSelectedIndex(1);
        byte[] page;
        try (var in = getClass().getResourceAsStream("/org/claimdesk/article/corpus/aclu.html")) {
            page = in.readAllBytes();
        }
        _get(UploadForm.class).confirm.show(importer.readFile("aclu.html", page));

        assertThat(_get(TextField.class, spec -> spec.withId("file-title")).getValue())
                .isEqualTo("Facebook Is Tracking Me Even Though I’m Not on Facebook");
        assertThat(_get(TextField.class, spec -> spec.withId("file-publisher")).getValue())
                .isEqualTo("American Civil Liberties Union");
        assertThat(_get(ComboBox.class, spec -> spec.withId("file-language")).getValue()).isEqualTo("en");
        _get(TextField.class, spec -> spec.withId("file-author")).setValue("D. K. Gillmor");
        _click(_get(Button.class, spec -> spec.withId("file-import")));

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(ArticleView.class);
        assertThat(jdbc.queryForMap("select author, publisher, language, published_on::text as published from article "
                + "where title = 'Facebook Is Tracking Me Even Though I’m Not on Facebook' order by article_id desc limit 1"))
                .containsEntry("author", "D. K. Gillmor").containsEntry("publisher", "American Civil Liberties Union")
                .containsEntry("language", "en").containsEntry("published", "2018-04-05");
    }
}
