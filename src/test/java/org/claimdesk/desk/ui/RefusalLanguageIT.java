package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.VerdictType;
import org.claimdesk.security.AccountPreferences;
import org.claimdesk.security.AccountPreferencesService;
import org.claimdesk.security.CurrentUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** A refusal from a service reaches the screen in the reader's language, not in English. */
@IntegrationTest
class RefusalLanguageIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    ClaimService claimService;

    @Autowired
    ReviewQueries reviews;

    @Autowired
    AccountPreferencesService preferences;

    @BeforeEach
    void start() {
        KaribuUi.start(context);
    }

    @AfterEach
    void stop() {
        if (CurrentUser.username().isPresent()) {
            preferences.saveMine(AccountPreferences.BROWSER);
        }
        KaribuUi.stop();
    }

    /** Alice imports an article; then {@code who} signs in, reading the UI in {@code language}, and opens it. */
    private Long openAs(String who, String language, String text) {
        KaribuUi.signIn(context, "alice", IntegrationTest.DEMO_PASSWORD);
        Long id = articles.importArticle(ArticleDraft.of("Refusal language test", text), ImportMethod.PASTE).id();
        KaribuUi.signIn(context, who, IntegrationTest.DEMO_PASSWORD);
        preferences.saveMine(new AccountPreferences(language, null));
        UI.getCurrent().navigate("articles/" + id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private static void selectFirstClaim() {
        _get(TabSheet.class, spec -> spec.withClasses("desk-side")).setSelectedIndex(0);
        Grid<Object> claims = _get(Grid.class, spec -> spec.withId("claims"));
        claims.select(GridKt._get(claims, 0));
    }

    private static List<String> notices() {
        return NotificationsKt.getNotifications().stream().map(com.github.mvysny.kaributools.NotificationsKt::getText)
                .toList();
    }

    @SuppressWarnings("unchecked")
    @Test
    void a_spanish_reviewer_who_submits_a_supported_verdict_without_sources_is_told_why_in_spanish() {
        Long article = openAs("bob", "es", "El desempleo bajó al 3,9 % en marzo.");
        selectFirstClaim();

        ((RadioButtonGroup<VerdictType>) _get(RadioButtonGroup.class, spec -> spec.withId("verdict")))
                .setValue(VerdictType.SUPPORTED);
        _get(TextArea.class, spec -> spec.withId("rationale")).setValue("La cifra coincide con la del instituto.");
        _click(_get(Button.class, spec -> spec.withId("submit-verdict")));

        assertThat(notices()).contains("Una calificación de Verdadero necesita al menos una fuente.")
                .noneMatch(notice -> notice.contains("needs at least one source"));
        Long claim = claimService.forArticle(article).getFirst().id();
        assertThat(reviews.review(claim).verdicts()).isEmpty();
    }

    @Test
    void a_portuguese_editor_who_merges_the_last_claim_is_told_why_in_portuguese() {
        openAs("alice", "pt", "Só há uma afirmação aqui.");
        selectFirstClaim();

        _click(_get(Button.class, spec -> spec.withId("merge-claim")));

        assertThat(notices()).contains("É a última afirmação do artigo; não há nada depois dela para unir.");
    }
}
