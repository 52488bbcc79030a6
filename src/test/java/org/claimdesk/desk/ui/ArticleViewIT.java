package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.VerdictType;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

@IntegrationTest
class ArticleViewIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @BeforeEach
    void signIn() {
        KaribuUi.start(context);
        KaribuUi.signIn(context, "alice", IntegrationTest.DEMO_PASSWORD);
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    @SuppressWarnings("unchecked")
    private Grid<ClaimRow> claims() {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withClasses("desk-side")).setSelectedIndex(0);
        return _get(Grid.class, spec -> spec.withId("claims"));
    }

    /** Imports an article as alice and opens it; answers its id. */
    private Long open(String text) {
        Long id = articles.importArticle(ArticleDraft.of("View test", text), ImportMethod.PASTE).id();
        UI.getCurrent().navigate("articles/" + id);
        return id;
    }

    /** The claim marks in the article text, as the browser gets them. */
    private static org.jsoup.select.Elements marks() {
        ArticleText text = _get(ArticleText.class);
        return org.jsoup.Jsoup.parseBodyFragment(text.html()).select("mark.claim");
    }

    /** A click in the article text that lands in the mark with this id, as the browser reports it. */
    private static void clickMark(String markId) {
        ArticleText text = _get(ArticleText.class);
        var data = com.vaadin.flow.internal.JacksonUtils.createObjectNode();
        data.put(ArticleText.HIT, true);
        data.put(ArticleText.HIT_ID, markId);
        text.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(text.getElement(), "click", data));
    }

    @Test
    void the_seed_article_shows_its_25_claims_in_the_text_and_in_the_list() {
        UI.getCurrent().navigate("articles/1");

        assertThat(GridKt._size(claims())).isEqualTo(25);
        assertThat(marks()).hasSize(25);
        assertThat(_get(Span.class, spec -> spec.withId("article-summary")).getText()).startsWith("25 claims");
    }

    @Test
    void the_text_is_one_element_with_the_claims_marked_in_order() {
        open("Rates rose. Prices fell. Wages grew.");

        assertThat(_get(ArticleText.class).getChildren()).isEmpty();
        assertThat(marks().eachText()).containsExactly("Rates rose.", "Prices fell.", "Wages grew.");
        assertThat(marks().eachAttr("id")).containsExactlyElementsOf(GridKt._fetch(claims(), 0, 10).stream()
                .map(r -> "claim-" + r.id()).toList());
    }

    @Test
    void selecting_a_claim_in_the_list_marks_it_in_the_text_and_shows_its_details() {
        open("Rates rose. Prices fell. Wages grew.");
        ClaimRow second = GridKt._get(claims(), 1);

        claims().select(GridKt._get(claims(), 1));

        assertThat(_get(ArticleText.class).selected()).isEqualTo(second.id());
        assertThat(_get(com.vaadin.flow.component.html.H3.class).getText()).isEqualTo("Claim 2");
    }

    @Test
    void clicking_a_claim_in_the_text_selects_it_in_the_list() {
        open("Rates rose. Prices fell. Wages grew.");
        ClaimRow third = GridKt._get(claims(), 2);

        clickMark("claim-" + third.id());

        assertThat(claims().asSingleSelect().getValue().id()).isEqualTo(third.id());
        assertThat(_get(ArticleText.class).selected()).isEqualTo(third.id());
    }

    @Test
    void a_click_reporting_a_mark_of_no_claim_here_selects_nothing() {
        open("Rates rose. Prices fell.");

        clickMark("claim-999999999");
        clickMark("claim-1 or 1=1");

        assertThat(claims().asSingleSelect().getOptionalValue()).isEmpty();
        assertThat(_get(ArticleText.class).selected()).isNull();
    }

    @SuppressWarnings("unchecked")
    @Test
    void splitting_through_the_dialog_adds_a_claim_and_a_history_entry() {
        open("Rates rose sharply and prices fell. Wages grew.");
        claims().select(GridKt._get(claims(), 0));

        _click(_get(Button.class, spec -> spec.withId("split-claim")));
        _click(_get(com.vaadin.flow.component.html.NativeButton.class,
                spec -> spec.withId("split-at-" + "Rates rose sharply and prices fell.".indexOf("and"))));
        _click(_get(Button.class, spec -> spec.withId("confirm-split")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("claim-timeline")).getElement()
                .getTextRecursively()).contains("Split · alice");
        List<String> texts = GridKt._fetch(claims(), 0, 10).stream().map(ClaimRow::text).toList();
        assertThat(texts).containsExactly("Rates rose sharply", "and prices fell.", "Wages grew.");
    }

    @Autowired
    DraftService drafts;

    @SuppressWarnings("unchecked")
    @Test
    void a_half_written_verdict_is_kept_as_a_draft_and_comes_back_when_the_claim_is_reopened() {
        Long article = open("Unemployment fell to 3.9% in March.");
        ClaimRow claim = GridKt._get(claims(), 0);
        claims().select(GridKt._get(claims(), 0));

        ((RadioButtonGroup<VerdictType>) _get(RadioButtonGroup.class, spec -> spec.withId("verdict")))
                .setValue(VerdictType.MISLEADING);
        _get(TextArea.class, spec -> spec.withId("rationale")).setValue("Half-written: the March figure was revised");

        assertThat(drafts.draft(claim.id())).get().extracting(DraftService.Draft::rationale)
                .isEqualTo("Half-written: the March figure was revised");
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("articles/" + article,
                com.vaadin.flow.router.QueryParameters.of("claim", String.valueOf(claim.id())));
        assertThat(_get(TextArea.class, spec -> spec.withId("rationale")).getValue())
                .isEqualTo("Half-written: the March figure was revised");
        assertThat(((RadioButtonGroup<VerdictType>) _get(RadioButtonGroup.class, spec -> spec.withId("verdict")))
                .getValue()).isEqualTo(VerdictType.MISLEADING);
    }

    @Autowired
    org.claimdesk.claim.ClaimService claimService;

    @Test
    void saving_claim_details_saves_nothing_and_marks_the_field_when_one_field_is_refused() {
        Long article = open("Rates rose sharply. Wages grew.");
        claims().select(GridKt._get(claims(), 0));

        _get(TextArea.class, spec -> spec.withId("short-form")).setValue("Rates rose");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("speaker"))
                .setValue("x".repeat(org.claimdesk.claim.ClaimDetails.MAX_SPEAKER + 1));
        _click(_get(Button.class, spec -> spec.withId("save-claim")));

        assertThat(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("speaker"))
                .isInvalid()).isTrue();
        ClaimView stored = claimService.forArticle(article).getFirst();
        assertThat(stored.shortForm()).isNull();
        assertThat(stored.speaker()).isNull();
        assertThat(claimService.history(stored.id())).hasSize(1);
    }

    @Test
    void saving_claim_details_writes_one_history_row_per_changed_field() {
        Long article = open("Rates rose sharply. Wages grew.");
        claims().select(GridKt._get(claims(), 0));

        _get(TextArea.class, spec -> spec.withId("short-form")).setValue("Rates rose");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("speaker")).setValue("The bank");
        _click(_get(Button.class, spec -> spec.withId("save-claim")));

        ClaimView stored = claimService.forArticle(article).getFirst();
        assertThat(stored.shortForm()).isEqualTo("Rates rose");
        assertThat(stored.speaker()).isEqualTo("The bank");
        assertThat(claimService.history(stored.id())).extracting(h -> h.action().name())
                .containsExactly("CREATED", "SHORT_FORM_EDITED", "SPEAKER_SET");
    }

    @Test
    void the_article_history_lists_every_claims_events() {
        open("Rates rose. Prices fell.");

        _click(_get(Button.class, spec -> spec.withId("article-history")));

        String history = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("article-timeline"))
                .getElement().getTextRecursively();
        assertThat(history).contains("Claim 1 · Found in the article · alice", "Claim 2 · Found in the article · alice");
    }

    @SuppressWarnings("unchecked")
    @Test
    void the_article_history_names_claims_retired_by_a_language_change_as_retired_not_merged() {
        Long id = articles.importArticle(new ArticleDraft("Gasto", "Según el Lic. Pérez, el gasto subió un 4 %. "
                + "El Dpto. Comercial lo negó.", null, null, null, null, "en"), ImportMethod.PASTE).id();
        UI.getCurrent().navigate("articles/" + id);
        _get(Select.class, spec -> spec.withId("article-language")).setValue("es");
        _click(_get(Button.class, spec -> spec.withId("article-language-apply")));

        _click(_get(Button.class, spec -> spec.withId("article-history")));

        String history = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("article-timeline"))
                .getElement().getTextRecursively();
        assertThat(history).contains("Claim retired by a language change · Retired: the article was split again",
                "Claim retired by a language change · Found in the article · alice", "Claim 1 · Found in the article")
                .doesNotContain("Merged claim");
    }

    @Test
    void a_new_sources_access_date_is_today_in_a_picker_that_speaks_the_readers_language() {
        UI.getCurrent().setLocale(java.util.Locale.of("es"));
        open("Rates rose. Prices fell.");
        claims().select(GridKt._get(claims(), 0));

        _click(_get(Button.class, spec -> spec.withId("add-source")));

        var accessed = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withLabel("Consultada"));
        assertThat(accessed.getValue()).isEqualTo(java.time.LocalDate.now(org.claimdesk.base.ui.Formats.zone()));
        assertThat(accessed.getLocale()).isEqualTo(java.util.Locale.of("es"));
        assertThat(accessed.getI18n().getMonthNames()).startsWith("enero");
    }

    @Test
    void a_refused_edit_says_why_and_changes_nothing() {
        open("Only one claim here.");
        claims().select(GridKt._get(claims(), 0));

        _click(_get(Button.class, spec -> spec.withId("merge-claim")));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .anyMatch(t -> t.contains("last claim"));
        assertThat(GridKt._size(claims())).isEqualTo(1);
    }
}
