package org.claimdesk.review.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The article page offers its language for change (and a re-split) only while no verdict exists. */
@IntegrationTest
class ArticleLanguageControlIT {

    static final String SPANISH = "Según el Lic. Pérez, el gasto subió un 4 %. El Dpto. Comercial lo negó.";

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claims;

    @Autowired
    ReviewService reviews;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private Long openAsImporter(String username) {
        KaribuUi.start(context);
        KaribuUi.signIn(context, username, IntegrationTest.DEMO_PASSWORD);
        Long article = articles.importArticle(new ArticleDraft("Gasto", SPANISH, null, null, null, null, "en"),
                ImportMethod.PASTE).id();
        UI.getCurrent().navigate("articles/" + article);
        return article;
    }

    @SuppressWarnings("unchecked")
    private static Select<String> languageSelect() {
        return _get(Select.class, spec -> spec.withId("article-language"));
    }

    @Test
    void the_importer_sets_spanish_on_the_article_page_and_the_claims_are_split_again() {
        Long article = openAsImporter("alice");
        assertThat(claims.forArticle(article)).hasSize(4);
        Button apply = _get(Button.class, spec -> spec.withId("article-language-apply"));
        assertThat(languageSelect().getValue()).isEqualTo("en");
        assertThat(apply.isEnabled()).isFalse();

        languageSelect().setValue("es");
        assertThat(apply.isEnabled()).isTrue();
        _click(apply);

        assertThat(claims.forArticle(article)).extracting(ClaimView::text)
                .containsExactly("Según el Lic. Pérez, el gasto subió un 4 %.", "El Dpto. Comercial lo negó.");
        assertThat(articles.get(article).language()).isEqualTo("es");
        assertThat(languageSelect().getValue()).as("the page shows the article again").isEqualTo("es");
    }

    @Test
    void once_a_verdict_exists_the_language_is_not_offered_for_change() {
        Long article = openAsImporter("alice");
        List<ClaimView> found = claims.forArticle(article);
        reviews.submitVerdict(found.getFirst().id(), new VerdictInput(VerdictType.NOT_CHECKABLE, "A fragment.", List.of()));

        UI.getCurrent().refreshCurrentRoute(false);

        assertThat(_find(Select.class, spec -> spec.withId("article-language"))).isEmpty();
    }

    @Test
    void a_reviewer_who_did_not_import_the_article_is_not_offered_the_change() {
        Long article = openAsImporter("alice");
        KaribuUi.stop();
        KaribuUi.start(context);
        KaribuUi.signIn(context, "bob", IntegrationTest.DEMO_PASSWORD);

        UI.getCurrent().navigate("articles/" + article);

        assertThat(_find(Select.class, spec -> spec.withId("article-language"))).isEmpty();
    }
}
