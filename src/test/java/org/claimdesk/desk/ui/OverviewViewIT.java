package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.claim.ReviewProgress;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.VerdictType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.JsonNode;

/** The desk overview, the article list's filters and the claim list's filters, as a signed-in person uses them. */
@IntegrationTest
class OverviewViewIT {

    private static final String SOURCE = "[{\"url\":\"https://records.example.org/r\",\"title\":\"Record\","
            + "\"stance\":\"supports\"}]";

    @Autowired
    ApplicationContext context;

    @Autowired
    DraftService drafts;

    @LocalServerPort
    int port;

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    private ApiClient as(String user) {
        return ApiClient.anonymous(port).withTokenOf(user, IntegrationTest.DEMO_PASSWORD);
    }

    private JsonNode importArticle(String title, String text) {
        return as("erin").post("/api/v1/articles", "{\"title\":\"" + title + "\",\"text\":\"" + text + "\"}").json();
    }

    private void verdict(String who, long claim, String verdict) {
        assertThat(as(who).post("/api/v1/claims/" + claim + "/verdicts", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Checked.\",\"sources\":" + SOURCE + "}").status()).isEqualTo(201);
    }

    private void decide(long claim, String verdict) {
        assertThat(as("erin").post("/api/v1/claims/" + claim + "/decision", "{\"verdict\":\"" + verdict
                + "\",\"rationale\":\"Decided.\",\"sources\":" + SOURCE + "}").status()).isEqualTo(201);
    }

    private void signIn(String who) {
        KaribuUi.start(context);
        KaribuUi.signIn(context, who, IntegrationTest.DEMO_PASSWORD);
    }

    private static String text(String sectionId) {
        return _get(Section.class, spec -> spec.withId(sectionId)).getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
    }

    @Test
    void recent_activity_hides_a_blind_verdict_from_another_reviewer_until_the_editor_opens_the_review() {
        JsonNode article = importArticle("Blind activity", "Exports rose 4% last year. Imports fell.");
        verdict("alice", article.get("claims").get(0).get("id").asLong(), "supported");

        signIn("bob");
        UI.getCurrent().navigate("");
        assertThat(text("recent-activity")).doesNotContain("alice · Blind activity");
        KaribuUi.stop();

        signIn("erin");
        UI.getCurrent().navigate("");
        assertThat(text("recent-activity")).contains("Verdict · alice · Blind activity");
        settings.setBlind(article.get("id").asLong(), false);
        KaribuUi.stop();

        signIn("bob");
        UI.getCurrent().navigate("");
        assertThat(text("recent-activity")).contains("Verdict · alice · Blind activity");
    }

    @Autowired
    org.claimdesk.review.ReviewSettingsService settings;

    @Test
    void every_article_shows_its_progress_and_verdict_mix_with_dismissed_sentences_left_out() {
        JsonNode article = importArticle("Mix overview", "Exports rose 4% last year. Imports fell 2% in May.");
        long first = article.get("claims").get(0).get("id").asLong();
        decide(first, "supported");

        signIn("alice");
        UI.getCurrent().navigate("");
        ArticleProgressGrid.Row row = OverviewViewIT.<ArticleProgressGrid.Row>rows("overview-articles").stream()
                .filter(r -> r.article().id() == article.get("id").asLong()).findFirst().orElseThrow();

        assertThat(row.counts().approved()).isEqualTo(1);
        assertThat(row.counts().reviewable()).isEqualTo(2);
        assertThat(row.mix().count(VerdictType.SUPPORTED)).isEqualTo(1);
        assertThat(row.mix().undecided()).isEqualTo(1);
    }

    @Test
    void what_needs_me_counts_my_queue_and_lists_my_unsent_drafts() {
        JsonNode article = importArticle("Draft overview", "Wages grew 3% in June.");
        long claim = article.get("claims").get(0).get("id").asLong();
        signIn("alice");
        drafts.save(claim, VerdictType.MISLEADING, "half-written", List.of());

        UI.getCurrent().navigate("");

        assertThat(text("needs-me")).containsPattern("\\d+\\+? claims? in my queue").contains("Wages grew 3% in June.");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, spec -> spec.withId("my-drafts"))
                .getElement().getTextRecursively()).contains("Wages grew 3% in June. · Draft overview");
    }

    @Test
    void the_article_list_filters_by_progress_in_the_query() {
        JsonNode done = importArticle("All approved filter", "Exports rose 4% last year.");
        decide(done.get("claims").get(0).get("id").asLong(), "supported");
        importArticle("Untouched filter", "Imports fell 2% in May.");
        signIn("alice");
        UI.getCurrent().navigate("articles");
        ArticlesView view = _get(ArticlesView.class);

        view.filters.progress.setValue(ReviewProgress.DONE);
        List<String> doneTitles = OverviewViewIT.<ArticlesView.Row>rows("articles").stream()
                .map(r -> r.article().title()).toList();
        view.filters.progress.setValue(ReviewProgress.NOT_STARTED);
        List<String> notStarted = OverviewViewIT.<ArticlesView.Row>rows("articles").stream()
                .map(r -> r.article().title()).toList();

        assertThat(doneTitles).contains("All approved filter").doesNotContain("Untouched filter");
        assertThat(notStarted).contains("Untouched filter").doesNotContain("All approved filter");
    }

    @Test
    void the_article_list_filters_by_language_and_importer_together_with_full_text_search() {
        assertThat(as("erin").post("/api/v1/articles", "{\"title\":\"Sprachfilter\",\"language\":\"de\","
                + "\"text\":\"Die Exporte stiegen im Mai um vier Prozent.\"}").status()).isEqualTo(201);
        importArticle("Language filter english", "Exports rose four percent in May.");
        signIn("alice");
        UI.getCurrent().navigate("articles");
        ArticlesView view = _get(ArticlesView.class);

        view.filters.language.setValue("de");
        List<String> german = OverviewViewIT.<ArticlesView.Row>rows("articles").stream().map(r -> r.article().title())
                .toList();
        view.search.setValue("Exporte");
        List<String> germanSearch = OverviewViewIT.<ArticlesView.Row>rows("articles").stream()
                .map(r -> r.article().title()).toList();
        view.filters.language.clear();
        view.filters.importer.setValue("alice");
        List<String> byAlice = OverviewViewIT.<ArticlesView.Row>rows("articles").stream()
                .map(r -> r.article().title()).toList();

        assertThat(german).contains("Sprachfilter").doesNotContain("Language filter english");
        assertThat(germanSearch).containsExactly("Sprachfilter");
        assertThat(byAlice).doesNotContain("Sprachfilter", "Language filter english");
    }

    @Test
    void the_claim_list_filters_by_final_verdict_and_by_none_yet() {
        JsonNode article = importArticle("Claim filter", "Exports rose 4% last year. Imports fell 2% in May.");
        decide(article.get("claims").get(1).get("id").asLong(), "disputed");
        signIn("alice");
        UI.getCurrent().navigate("articles/" + article.get("id").asLong());
        ClaimFilterBar filters = _get(ClaimFilterBar.class);

        filters.verdict.setValue(new ClaimFilterBar.VerdictChoice(VerdictType.DISPUTED, VerdictType.DISPUTED.label()));
        List<ClaimRow> disputed = rows("claims");
        filters.verdict.setValue(ClaimFilterBar.UNDECIDED);
        List<ClaimRow> undecided = rows("claims");

        assertThat(disputed).extracting(ClaimRow::text).containsExactly("Imports fell 2% in May.");
        assertThat(undecided).extracting(ClaimRow::text).containsExactly("Exports rose 4% last year.");
        assertThat(filters.getSummaryText()).isEqualTo("Filter claims (1 of 2 claims shown)");
    }
}
