package org.claimdesk.desk.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import org.claimdesk.IntegrationTest;
import org.claimdesk.KaribuUi;
import org.claimdesk.article.ArticleDraft;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.review.CommentService;
import org.claimdesk.security.SystemActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The claim review's discussion, assignment, undo, split points, readable history, and My account (Karibu). */
@IntegrationTest
class ClaimWorkspaceIT {

    @Autowired
    ApplicationContext context;

    @Autowired
    ArticleService articles;

    @Autowired
    CommentService comments;

    @BeforeEach
    void start() {
        KaribuUi.start(context);
        signIn("alice");
    }

    @AfterEach
    void stop() {
        KaribuUi.stop();
    }

    void signIn(String who) {
        KaribuUi.signIn(context, who, IntegrationTest.DEMO_PASSWORD);
    }

    @SuppressWarnings("unchecked")
    Grid<ClaimRow> claims() {
        _get(TabSheet.class, spec -> spec.withClasses("desk-side")).setSelectedIndex(0);
        return _get(Grid.class, spec -> spec.withId("claims"));
    }

    /** Imports an article, opens it and selects its first claim; answers that claim's id. */
    Long openFirstClaim(String text) {
        Long id = SystemActor.call(() -> articles.importArticle(ArticleDraft.of("Workspace", text),
                ImportMethod.PASTE).id());
        UI.getCurrent().navigate("articles/" + id);
        ClaimRow first = GridKt._get(claims(), 0);
        claims().select(first);
        return first.id();
    }

    String text(String id) {
        return _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id)).getElement()
                .getTextRecursively();
    }

    /** Opens another claim and then the first again, so its review is built anew. */
    void reopenFirst() {
        claims().select(GridKt._get(claims(), 1));
        claims().select(GridKt._get(claims(), 0));
    }

    void undo() {
        List<Button> undo = _find(Button.class, spec -> spec.withId("undo"));
        _click(undo.getLast());
    }

    @Test
    void a_posted_comment_shows_with_its_author_and_the_box_is_emptied() {
        openFirstClaim("Rates rose. Prices fell.");

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("Which rate? Check the central bank.");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        assertThat(text("comments")).contains("alice · ", "Which rate? Check the central bank.");
        assertThat(_get(TextArea.class, spec -> spec.withId("comment-text")).getValue()).isEmpty();
    }

    @Test
    void an_empty_comment_marks_the_box_with_the_reason_and_posts_nothing() {
        openFirstClaim("Rates rose. Prices fell.");

        _get(TextArea.class, spec -> spec.withId("comment-text")).setValue("   ");
        _click(_get(Button.class, spec -> spec.withId("post-comment")));

        TextArea box = _get(TextArea.class, spec -> spec.withId("comment-text"));
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).contains("cannot be empty");
        assertThat(text("comments")).contains("No comments yet.");
    }

    @Test
    void under_blind_review_a_reviewer_is_told_how_many_comments_wait_for_their_verdict() {
        Long claim = openFirstClaim("Rates rose. Prices fell.");
        SystemActor.run(() -> comments.post(claim, "Look at the 2024 base."));

        reopenFirst();

        assertThat(text("comments")).doesNotContain("Look at the 2024 base.");
        assertThat(_get(Span.class, spec -> spec.withId("hidden-comments")).getText())
                .isEqualTo("1 comment is hidden until you submit your verdict (blind review).");
    }

    @SuppressWarnings("unchecked")
    @Test
    void an_editor_assigns_the_claim_to_a_reviewer_from_its_review() {
        signIn("erin");
        openFirstClaim("Rates rose. Prices fell.");
        assertThat(_get(Span.class, spec -> spec.withId("claim-assigned")).getText())
                .isEqualTo("This claim is not assigned to anyone on its own.");

        _get(ComboBox.class, spec -> spec.withId("claim-assign-reviewer")).setValue("bob");
        _click(_get(Button.class, spec -> spec.withId("claim-assign")));

        assertThat(_get(Span.class, spec -> spec.withId("claim-assigned")).getText()).isEqualTo("Assigned to bob.");
        reopenFirst();
        assertThat(text("claim-timeline")).contains("Assigned to a reviewer · erin", "Assigned to: \"bob\"");
    }

    @Test
    void a_reviewer_has_no_assignment_control() {
        openFirstClaim("Rates rose. Prices fell.");

        assertThat(_find(Button.class, spec -> spec.withId("claim-assign"))).isEmpty();
    }

    @Test
    void a_merge_is_undone_from_its_notice_and_history_keeps_both() {
        openFirstClaim("Rates rose. Prices fell. Wages grew.");

        _click(_get(Button.class, spec -> spec.withId("merge-claim")));
        assertThat(GridKt._size(claims())).isEqualTo(2);
        undo();

        assertThat(GridKt._fetch(claims(), 0, 10).stream().map(ClaimRow::text).toList())
                .containsExactly("Rates rose.", "Prices fell.", "Wages grew.");
        reopenFirst();
        assertThat(text("claim-timeline")).contains("Merge undone · alice", "Merged with the next claim · alice");
    }

    @Test
    void a_dismissal_is_undone_from_its_notice_and_history_says_so_in_words() {
        openFirstClaim("Rates rose. Prices fell.");

        _click(_get(Button.class, spec -> spec.withId("dismiss-claim")));
        undo();

        assertThat(GridKt._get(claims(), 0).dismissed()).isFalse();
        reopenFirst();
        assertThat(text("claim-timeline")).contains("Dismissed (not a claim)", "Restored as a claim")
                .doesNotContain("dismissed: ");
    }

    @Test
    void the_split_dialog_offers_a_point_between_every_two_words_of_the_claim_and_previews_both_parts() {
        openFirstClaim("Rates rose sharply and prices fell. Wages grew.");
        _click(_get(Button.class, spec -> spec.withId("split-claim")));

        List<NativeButton> points = _find(NativeButton.class, spec -> spec.withClasses("split-point"));
        assertThat(points).hasSize(5);
        assertThat(text("split-text")).contains("Rates", "rose", "sharply", "and", "prices", "fell.");
        NativeButton beforePrices = _get(NativeButton.class,
                spec -> spec.withId("split-at-" + "Rates rose sharply and ".length()));
        assertThat(beforePrices.getElement().getAttribute("aria-label")).isEqualTo("Split before \u201cprices\u201d");
        _click(beforePrices);

        assertThat(beforePrices.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(_get(Paragraph.class, spec -> spec.withId("split-first")).getText())
                .isEqualTo("First claim: Rates rose sharply and");
        assertThat(_get(Paragraph.class, spec -> spec.withId("split-second")).getText())
                .isEqualTo("Second claim: prices fell.");
        _click(_get(Button.class, spec -> spec.withId("confirm-split")));
        assertThat(GridKt._fetch(claims(), 0, 10).stream().map(ClaimRow::text).toList())
                .containsExactly("Rates rose sharply and", "prices fell.", "Wages grew.");
    }

    @Test
    void my_account_says_who_i_am_and_my_role() {
        UI.getCurrent().navigate("account");

        assertThat(_get(Paragraph.class, spec -> spec.withId("who-am-i")).getText())
                .startsWith("Signed in as alice · Role: Reviewer");
    }

    @Test
    void the_new_token_is_copied_through_the_browsers_clipboard() {
        UI.getCurrent().navigate("account");
        _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("token-name")).setValue("CMS");
        _click(_get(Button.class, spec -> spec.withId("create-token")));
        String token = _get(Div.class, spec -> spec.withId("issued-token")).getText();
        UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();

        _click(_get(Button.class, spec -> spec.withId("copy-token")));

        List<PendingJavaScriptInvocation> js = UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations();
        assertThat(js).anySatisfy(i -> {
            assertThat(i.getInvocation().getExpression()).contains("navigator.clipboard.writeText($0)");
            assertThat(i.getInvocation().getParameters()).contains(token);
        });
    }
}
