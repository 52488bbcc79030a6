package org.claimdesk.desk.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.validator.StringLengthValidator;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.ServiceAction;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.Checkworthiness;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimDetails;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.claim.ClaimStatus;
import org.claimdesk.claim.ClaimView;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** One claim: its text, the reviewer's corrections to it, and its history. */
class ClaimDetail extends VerticalLayout {

    final TextArea shortForm = new TextArea(getTranslation("claim.short-form"));
    final TextField speaker = new TextField(getTranslation("claim.speaker"));
    final Select<Checkworthiness> hint = new Select<>();

    final ReviewPanel review;

    ClaimDetail(ClaimReview claimReview, String articleText, ArticleDesk desk, Consumer<Long> onChanged) {
        ClaimView claim = claimReview.claim();
        ClaimEditService edits = desk.edits();
        ClaimBoundaryService boundaries = desk.boundaries();
        setPadding(false);
        setId("claim-detail");
        Span state = new Span(getTranslation(claim.status().labelKey())
                + (claim.dismissed() ? " · " + getTranslation("claim.dismissed") : ""));
        state.addClassName("claim-state");
        Paragraph quote = new Paragraph(claim.text());
        quote.addClassName("claim-quote");
        quote.setId("claim-text");

        shortForm.setId("short-form");
        shortForm.setPlaceholder(claim.text());
        shortForm.setWidthFull();
        shortForm.setMaxLength(ClaimDetails.MAX_SHORT_FORM);
        speaker.setId("speaker");
        speaker.setMaxLength(ClaimDetails.MAX_SPEAKER);
        hint.setLabel(getTranslation("claim.checkworthiness"));
        hint.setId("hint");
        hint.setItems(Checkworthiness.values());
        hint.setItemLabelGenerator(h -> getTranslation(h.labelKey()));
        hint.setHelperText(claim.checkworthinessReason());

        Binder<ClaimDetails> details = new Binder<>(ClaimDetails.class);
        details.forField(shortForm).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("claim.short-form-too-long",
                        ClaimDetails.MAX_SHORT_FORM), 0, ClaimDetails.MAX_SHORT_FORM))
                .bind("shortForm");
        details.forField(speaker).withNullRepresentation("")
                .withValidator(new StringLengthValidator(getTranslation("claim.speaker-too-long",
                        ClaimDetails.MAX_SPEAKER), 0, ClaimDetails.MAX_SPEAKER))
                .bind("speaker");
        details.forField(hint).asRequired(getTranslation("claim.choose-hint"))
                .bind("checkworthiness");
        details.readRecord(new ClaimDetails(claim.shortForm(), claim.speaker(), claim.checkworthiness()));
        Button save = new Button(getTranslation("claim.save"), e -> {
            try {
                ClaimDetails edited = details.writeRecord();
                act(() -> edits.editDetails(claim.id(), edited), claim.id(), onChanged);
            } catch (ValidationException invalid) {
                Notices.error(invalid.getFieldValidationErrors().stream().flatMap(f -> f.getMessage().stream())
                        .filter(m -> !m.isBlank()).findFirst().orElse(getTranslation("claim.correct-field")));
            }
        });
        save.setId("save-claim");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button split = new Button(getTranslation("claim.split"), e -> new SplitDialog(claim,
                position -> act(() -> boundaries.split(claim.id(), position), claim.id(), onChanged)).open());
        split.setId("split-claim");
        Button merge = new Button(getTranslation("claim.merge"), e -> ServiceAction.runUndoable(
                () -> boundaries.mergeWithNext(claim.id()), getTranslation("claim.merged"),
                () -> onChanged.accept(claim.id()), () -> ServiceAction.run(() -> boundaries.undoMerge(claim.id()),
                        getTranslation("claim.merge-undone"), () -> onChanged.accept(claim.id()))));
        merge.setId("merge-claim");
        Button adjust = new Button(getTranslation("claim.adjust"), e -> new AdjustDialog(claim, articleText,
                (start, end) -> act(() -> boundaries.adjust(claim.id(), start, end), claim.id(), onChanged)).open());
        adjust.setId("adjust-claim");
        Button dismiss = new Button(getTranslation(claim.dismissed() ? "claim.restore" : "claim.not-a-claim"), e -> {
            if (claim.dismissed()) {
                act(() -> edits.restore(claim.id()), claim.id(), onChanged);
            } else {
                ServiceAction.runUndoable(() -> edits.dismiss(claim.id()), getTranslation("claim.was-dismissed"),
                        () -> onChanged.accept(claim.id()), () -> ServiceAction.run(() -> edits.restore(claim.id()),
                                getTranslation("claim.was-restored"), () -> onChanged.accept(claim.id())));
            }
        });
        dismiss.setId("dismiss-claim");
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout actions = new HorizontalLayout(save, split, merge, adjust, dismiss);
        actions.setWrap(true);
        review = new ReviewPanel(claimReview, desk.reusableSources(), desk.reviews(), desk.drafts(), onChanged,
                ArchiveMark.forSources(desk.archives(), java.util.stream.Stream.concat(
                        claimReview.verdicts().stream().flatMap(v -> v.sources().stream()),
                        claimReview.decisions().stream().flatMap(d -> d.sources().stream()))
                        .map(org.claimdesk.review.Source::url).toList()));
        add(new H3(getTranslation("claim.heading", claim.ordinal())), state, quote);
        if (claim.stale() != null) {
            add(new StaleNotice(claim.stale()));
        }
        if (claim.status() != ClaimStatus.APPROVED && !CurrentUser.hasRole(Role.ADMIN)) {
            Details corrections = new Details(getTranslation("claim.corrections"), new VerticalLayout(shortForm,
                    new HorizontalLayout(speaker, hint), actions));
            corrections.setId("claim-edits");
            add(corrections);
        }
        add(review, new ClaimAssignees(claim.id(), desk.assignments()));
        if (desk.matches() != null && !claim.dismissed()) {
            add(new CheckedBefore(claim.id(), desk.matches(), review.form == null ? null : review::startFrom));
        }
        add(new ClaimDiscussion(claim.id(), desk.comments()), new H4(getTranslation("claim.history")), new ClaimTimeline(claim.id(), desk.timeline()));
    }

    /** Runs an edit; a refusal keeps what was typed and says why. */
    private static void act(Runnable edit, Long claimId, Consumer<Long> onChanged) {
        ServiceAction.run(edit, Texts.t("claim.saved"), () -> onChanged.accept(claimId));
    }
}
