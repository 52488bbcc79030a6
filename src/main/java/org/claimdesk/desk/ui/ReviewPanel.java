package org.claimdesk.desk.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.matching.ClaimMatch;
import org.claimdesk.review.Agreement;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictView;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The review of one claim for the current user. A reviewer gives or revises their verdict and, under blind
 * review, sees the others' only afterwards; an editor sees all, adopts one or writes their own, approves,
 * and corrects an approved claim with a public note.
 */
class ReviewPanel extends VerticalLayout {

    VerdictForm form;
    private Long adopted;

    private java.util.function.Function<String, com.vaadin.flow.component.Component> archiveOf = url -> null;

    ReviewPanel(ClaimReview review, List<Source> reusable, ReviewService reviews, DraftService drafts,
            Consumer<Long> onChanged) {
        this(review, reusable, reviews, drafts, onChanged, url -> null);
    }

    /** {@code archiveOf}: the "archived <date>" mark beside each cited source (ArchiveMark). */
    ReviewPanel(ClaimReview review, List<Source> reusable, ReviewService reviews, DraftService drafts,
            Consumer<Long> onChanged, java.util.function.Function<String, com.vaadin.flow.component.Component> archiveOf) {
        this.archiveOf = archiveOf;
        setPadding(false);
        setId("review-panel");
        Long claimId = review.claim().id();
        boolean approved = review.claim().status() == ClaimStatus.APPROVED;
        if (review.agreement() != null) {
            Span agreement = new Span(getTranslation(review.agreement() == Agreement.AGREE ? "review.agree" : "review.split"));
            agreement.setId("agreement");
            agreement.addClassName("agreement-" + review.agreement().name().toLowerCase());
            add(agreement);
        }
        decisions(review.decisions());
        if (CurrentUser.hasRole(Role.REVIEWER) && !review.claim().dismissed() && !approved) {
            add(new H4(review.mine() == null ? getTranslation("review.your-verdict")
                    : getTranslation("review.revise", review.mine().revision() + 1)));
            form = new VerdictForm(getTranslation(review.mine() == null ? "review.submit" : "review.submit-revision"), false, reusable,
                    claimId, drafts, (input, note) -> act(() -> reviews.submitVerdict(claimId, input), claimId, onChanged,
                    getTranslation("review.submitted")));
            askAttribution(review);
            add(form);
            prefill(review, drafts);
        }
        if (CurrentUser.hasRole(Role.EDITOR) && !review.claim().dismissed()) {
            add(new H4(getTranslation(approved ? "review.correct" : "review.decide")));
            form = new VerdictForm(getTranslation(approved ? "review.publish-correction" : "review.approve"), approved, reusable,
                    claimId, drafts, (input, note) -> act(() -> reviews.decide(claimId, input, adopted, note,
                    review.claim().version()), claimId, onChanged, getTranslation(approved ? "review.correction-published" : "review.approved")));
            askAttribution(review);
            add(form);
            drafts.draft(claimId).ifPresent(this::restore);
        }
        verdicts(review);
    }


    private void askAttribution(ClaimReview review) {
        if (review.claim().speaker() != null && !review.claim().speaker().isBlank()) {
            form.askAttribution(review.claim().speaker());
        }
    }

    private void prefill(ClaimReview review, DraftService drafts) {
        drafts.draft(review.claim().id()).ifPresentOrElse(this::restore,
                () -> {
                    if (review.mine() != null) {
                        form.fill(review.mine());
                    }
                });
    }

    /** A draft from an earlier visit comes back into the form, and says so. */
    private void restore(DraftService.Draft draft) {
        form.fill(draft.verdict(), draft.rationale(), draft.sources());
        Span notice = new Span(getTranslation("review.draft-restored", Formats.dateTime(draft.savedAt())));
        notice.setId("draft-restored");
        notice.addClassName("draft-restored");
        addComponentAtIndex(indexOf(form), notice);
    }

    /** The decision in force first; earlier ones below it, marked as superseded. */
    private void decisions(List<DecisionView> decisions) {
        for (int i = decisions.size() - 1; i >= 0; i--) {
            DecisionView d = decisions.get(i);
            boolean current = i == decisions.size() - 1;
            String heading = getTranslation(current ? "review.final" : "review.superseded")
                    + (d.correction() ? " · " + getTranslation("review.correction-number", d.revision() - 1) : "")
                    + (d.attribution() == null ? "" : " · " + getTranslation("review.attribution",
                    getTranslation(d.attribution().labelKey())));
            VerdictCard card = new VerdictCard(d.editor(), d.verdict(), heading, d.rationale(), d.sources(),
                    d.createdAt(), d.correction() ? getTranslation("review.correction-note", d.correctionNote()) : null, archiveOf);
            card.addClassName(current ? "decision-card" : "superseded-card");
            card.setId(current ? "current-decision" : "superseded-" + d.revision());
            add(card);
        }
    }

    private void verdicts(ClaimReview review) {
        if (review.hiddenVerdicts() > 0) {
            Span hidden = new Span(getTranslation(review.hiddenVerdicts() == 1 ? "review.hidden.one" : "review.hidden.many",
                    Formats.number(review.hiddenVerdicts())));
            hidden.setId("hidden-verdicts");
            hidden.addClassName("hidden-verdicts");
            add(hidden);
        }
        boolean editor = CurrentUser.hasRole(Role.EDITOR);
        for (VerdictView v : review.verdicts()) {
            VerdictCard card = new VerdictCard(v.reviewer(), v.verdict(), getTranslation("review.revision", v.revision())
                    + (v.attribution() == null ? "" : " · " + getTranslation("review.attribution",
                    getTranslation(v.attribution().labelKey()))), v.rationale(),
                    v.sources(), v.createdAt(), v.claimChangedSince() ? getTranslation("review.claim-changed") : null,
                    archiveOf);
            card.setId("verdict-of-" + v.reviewer());
            if (editor && form != null) {
                Button adopt = new Button(getTranslation("review.adopt"), e -> {
                    form.fill(v);
                    adopted = v.id();
                    form.bringIntoView();
                    Notices.success(getTranslation("review.adopted", v.reviewer()));
                });
                adopt.setId("adopt-" + v.reviewer());
                adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(adopt);
            }
            add(card);
        }
    }

    /** Fills the form from an earlier claim's final verdict ("Checked before"); the reviewer still decides. */
    void startFrom(ClaimMatch match) {
        DecisionView d = match.decision();
        form.fill(d.verdict(), d.rationale(), d.sources());
        form.bringIntoView();
        Notices.success(getTranslation("checked.started", match.articleTitle()));
    }

    void pick(int number) {
        if (form != null) {
            form.pick(number);
        }
    }

    private static void act(Runnable action, Long claimId, Consumer<Long> onChanged, String done) {
        ServiceAction.run(action, done, () -> onChanged.accept(claimId));
    }
}
