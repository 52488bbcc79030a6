package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The article history opens with its newest page and loads older events only when asked. */
@IntegrationTest
class TimelineLoadingIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @BeforeEach
    void signIn() {
        KaribuUi.start(context);
        KaribuUi.signIn(context, "erin", IntegrationTest.DEMO_PASSWORD);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private static long entries() {
        return _get(Div.class, spec -> spec.withId("article-timeline")).getChildren()
                .filter(c -> c.hasClassName("timeline-entry")).count();
    }

    @Test
    void the_article_history_shows_its_newest_events_then_older_ones_on_request() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            text.append("Output in region ").append(i).append(" rose 3% in May. ");
        }
        Long id = articles.importArticle(ArticleDraft.of("History pages", text.toString()), ImportMethod.PASTE).id();
        UI.getCurrent().navigate("articles/" + id);

        _click(_get(Button.class, spec -> spec.withId("article-history")));
        Button older = _get(Button.class, spec -> spec.withId("article-timeline-older"));

        assertThat(entries()).isEqualTo(TimelineEntries.PAGE_SIZE);
        assertThat(older.isVisible()).isTrue();
        assertThat(older.getText()).isEqualTo("Show older (10 more)");
        _click(older);
        assertThat(entries()).isEqualTo(40);
        assertThat(older.isVisible()).isFalse();
        assertThat(_get(Div.class, spec -> spec.withId("article-timeline")).getElement().getTextRecursively())
                .contains("Claim 1 · Found in the article · erin", "Claim 40 · Found in the article · erin");
    }
}
