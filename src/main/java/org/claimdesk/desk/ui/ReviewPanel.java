package org.claimdesk.desk.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.claim.ClaimStatus;
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

    ReviewPanel(ClaimReview review, List<Source> reusable, ReviewService reviews, DraftService drafts,
            Consumer<Long> onChanged) {
        setPadding(false);
        setId("review-panel");
        Long claimId = review.claim().id();
        boolean approved = review.claim().status() == ClaimStatus.APPROVED;
        if (review.agreement() != null) {
            Span agreement = new Span(review.agreement() == Agreement.AGREE ? "Reviewers agree" : "Reviewers split");
            agreement.setId("agreement");
            agreement.addClassName("agreement-" + review.agreement().name().toLowerCase());
            add(agreement);
        }
        decisions(review.decisions());
        if (CurrentUser.hasRole(Role.REVIEWER) && !review.claim().dismissed() && !approved) {
            add(new H4(review.mine() == null ? "Your verdict" : "Revise your verdict (revision "
                    + (review.mine().revision() + 1) + ")"));
            form = new VerdictForm(review.mine() == null ? "Submit verdict" : "Submit revision", false, reusable,
                    claimId, drafts, (input, note) -> act(() -> reviews.submitVerdict(claimId, input), claimId, onChanged,
                    "Verdict submitted."));
            prefill(review, drafts);
            askAttribution(review);
            add(form);
        }
        if (CurrentUser.hasRole(Role.EDITOR) && !review.claim().dismissed()) {
            add(new H4(approved ? "Correct the final verdict" : "Decide and approve"));
            form = new VerdictForm(approved ? "Publish correction" : "Approve with this verdict", approved, reusable,
                    claimId, drafts, (input, note) -> act(() -> reviews.decide(claimId, input, adopted, note,
                    review.claim().version()), claimId, onChanged, approved ? "Correction published." : "Claim approved."));
            drafts.draft(claimId).ifPresent(d -> form.fill(d.verdict(), d.rationale(), d.sources()));
            askAttribution(review);
            add(form);
        }
        verdicts(review);
    }


    private void askAttribution(ClaimReview review) {
        if (review.claim().speaker() != null && !review.claim().speaker().isBlank()) {
            form.askAttribution(review.claim().speaker());
        }
    }

    private void prefill(ClaimReview review, DraftService drafts) {
        drafts.draft(review.claim().id()).ifPresentOrElse(d -> form.fill(d.verdict(), d.rationale(), d.sources()),
                () -> {
                    if (review.mine() != null) {
                        form.fill(review.mine());
                    }
                });
    }

    private void decisions(List<DecisionView> decisions) {
        for (DecisionView d : decisions) {
            String heading = (d.correction() ? "Correction " + (d.revision() - 1) : "Final verdict")
                    + (d.attribution() == null ? "" : " · attribution: " + d.attribution().label());
            VerdictCard card = new VerdictCard(d.editor(), d.verdict(), heading, d.rationale(), d.sources(),
                    d.createdAt(), d.correction() ? "Correction note: " + d.correctionNote() : null);
            card.addClassName("decision-card");
            add(card);
        }
    }

    private void verdicts(ClaimReview review) {
        if (review.hiddenVerdicts() > 0) {
            Span hidden = new Span(review.hiddenVerdicts() + (review.hiddenVerdicts() == 1 ? " verdict is" : " verdicts are")
                    + " hidden until you submit yours (blind review).");
            hidden.setId("hidden-verdicts");
            hidden.addClassName("hidden-verdicts");
            add(hidden);
        }
        boolean editor = CurrentUser.hasRole(Role.EDITOR);
        for (VerdictView v : review.verdicts()) {
            VerdictCard card = new VerdictCard(v.reviewer(), v.verdict(), "Revision " + v.revision()
                    + (v.attribution() == null ? "" : " · attribution: " + v.attribution().label()), v.rationale(),
                    v.sources(), v.createdAt(), v.claimChangedSince() ? "The claim's text changed after this verdict." : null);
            card.setId("verdict-of-" + v.reviewer());
            if (editor && form != null) {
                Button adopt = new Button("Adopt", e -> {
                    form.fill(v);
                    adopted = v.id();
                });
                adopt.setId("adopt-" + v.reviewer());
                adopt.addThemeVariants(ButtonVariant.LUMO_SMALL);
                card.add(adopt);
            }
            add(card);
        }
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
