package org.claimdesk.article.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
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
}
