package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.LocalWebServer;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The article page's memory: a re-check's stale marks, and earlier verdicts on claims like this one. */
@IntegrationTest
class DeskMemoryViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleImportService importer;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimRow> claimList() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withClasses("desk-side")).setSelectedIndex(0);
        return _get(Grid.class, spec -> spec.withId("claims"));
    }

    private static byte[] page(String body) {
        return ("<html lang=\"en\"><head><title>Transit</title></head><body><article><h1>Transit</h1><p>" + body
                + "</p><p>Bus fares will stay the same for students and pensioners in the whole region.</p></article>"
                + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void an_editor_rechecks_from_the_article_page_and_the_edited_claim_shows_its_stale_notice_with_a_diff()
            throws Exception {
        KaribuUi.start(context);
        KaribuUi.signIn(context, "erin", IntegrationTest.DEMO_PASSWORD);
        try (LocalWebServer web = new LocalWebServer()) {
            web.serve("/transit", 200, "text/html; charset=utf-8",
                    page("Spending on public transport will rise by 12 percent next year, the city said."));
            Long article = importer.importUrl(web.url("/transit")).id();
            UI.getCurrent().navigate("articles/" + article);
            web.replace("/transit", 200, "text/html; charset=utf-8",
                    page("Spending on public transport will rise by 9 percent next year, the city said."));

            _click(_get(Button.class, spec -> spec.withId("recheck-article")));

            Long edited = claims.forArticle(article).stream().filter(c -> c.stale() != null).findFirst().orElseThrow()
                    .id();
            Grid<ClaimRow> list = claimList();
            ClaimRow row = GridKt._fetch(list, 0, 10).stream().filter(r -> r.id() == edited)
                    .findFirst().orElseThrow();
            list.select(row);
            Div notice = _get(Div.class, spec -> spec.withId("stale-notice"));
            assertThat(notice.getElement().getTextRecursively()).contains("Stale since", "the sentence changed");
            assertThat(_find(notice, Span.class, spec -> spec.withClasses("diff-removed"))).extracting(Span::getText)
                    .containsExactly("12 ");
            assertThat(_find(notice, Span.class, spec -> spec.withClasses("diff-added"))).extracting(Span::getText)
                    .containsExactly("9 ");
        }
    }

    @Test
    void a_reviewer_sees_an_earlier_final_verdict_and_can_start_from_it() {
        String rationale = "The statistics office reported 4.1 percent for March.";
        Long earlier = SystemActor.call(() -> {
            Long a = articles.importArticle(ArticleDraft.of("Jobs in spring",
                    "The unemployment rate fell to 3.9 percent in March, the minister said."), ImportMethod.PASTE).id();
            Long claim = claims.forArticle(a).getFirst().id();
            var input = new VerdictInput(VerdictType.NOT_ENOUGH_EVIDENCE, rationale, List.of());
            reviews.submitVerdict(claim, input);
            reviews.decide(claim, input, null, null, null);
            return claim;
        });
        KaribuUi.start(context);
        KaribuUi.signIn(context, "alice", IntegrationTest.DEMO_PASSWORD);
        Long article = articles.importArticle(ArticleDraft.of("Jobs again",
                "The unemployment rate fell to 3.9 percent in March, the minister claimed."), ImportMethod.PASTE).id();
        UI.getCurrent().navigate("articles/" + article);

        claimList().select(GridKt._get(claimList(), 0));

        assertThat(_get(Div.class, spec -> spec.withId("checked-before")).getElement().getTextRecursively())
                .contains("Checked before (");
        assertThat(_get(Div.class, spec -> spec.withId("match-" + earlier)).getElement().getTextRecursively())
                .contains("Jobs in spring", "Not enough evidence",
                        "The unemployment rate fell to 3.9 percent in March, the minister said.");
        _click(_get(Button.class, spec -> spec.withId("start-from-" + earlier)));
        assertThat(_get(TextArea.class, spec -> spec.withId("rationale")).getValue()).isEqualTo(rationale);
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("verdict")).getValue())
                .isEqualTo(VerdictType.NOT_ENOUGH_EVIDENCE);
    }
}
