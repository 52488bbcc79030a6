package org.claimdesk.desk.ui;

import java.util.List;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.review.Attribution;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictInput;
import org.claimdesk.review.VerdictType;
import org.claimdesk.review.VerdictView;

/**
 * Verdict, rationale and sources; what is typed is saved as a draft as it is typed. The same form serves a
 * reviewer's verdict and an editor's decision (with a correction note once the claim is approved).
 */
class VerdictForm extends VerticalLayout {

    interface OnSubmit {
        void submit(VerdictInput input, String correctionNote);
    }

    final RadioButtonGroup<VerdictType> verdict = new RadioButtonGroup<>();
    final TextArea rationale = new TextArea("Rationale");
    final TextArea correctionNote = new TextArea("Public correction note");
    final Select<Attribution> attribution = new Select<>();
    final SourcesEditor sources;
    final Button submit;
    private boolean loading;

    VerdictForm(String submitLabel, boolean correction, List<Source> reusable, Long claimId, DraftService drafts,
            OnSubmit onSubmit) {
        setPadding(false);
        addClassName("verdict-form");
        verdict.setLabel("Verdict (keys 1–5)");
        verdict.setId("verdict");
        verdict.setItems(VerdictType.values());
        verdict.setRenderer(new ComponentRenderer<>(v -> {
            Div item = new Div(new Span((v.ordinal() + 1) + " · " + v.label()));
            Span definition = new Span(" — " + v.definition());
            definition.addClassName("verdict-definition");
            item.add(definition);
            return item;
        }));
        rationale.setId("rationale");
        rationale.setWidthFull();
        rationale.setMinHeight("6rem");
        rationale.setMaxLength(VerdictInput.MAX_RATIONALE);
        rationale.setRequired(true);
        rationale.setHelperText("Required. Saved as a draft while you type.");
        rationale.setValueChangeMode(ValueChangeMode.TIMEOUT);
        rationale.setValueChangeTimeout(800);
        correctionNote.setId("correction-note");
        correctionNote.setWidthFull();
        correctionNote.setVisible(correction);
        correctionNote.setHelperText("Required for a correction: readers see this note beside the changed verdict.");
        Runnable saveDraft = () -> saveDraft(drafts, claimId);
        sources = new SourcesEditor(reusable, saveDraft);
        verdict.addValueChangeListener(e -> saveDraft.run());
        rationale.addValueChangeListener(e -> saveDraft.run());
        submit = new Button(submitLabel, e -> {
            String problem = firstProblem(correction);
            if (problem == null) {
                onSubmit.submit(input(), correctionNote.getValue());
            } else {
                Notices.error(problem);
            }
        });
        submit.setId("submit-verdict");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        submit.setTooltipText("Ctrl+Enter");
        attribution.setId("attribution");
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> a == null ? "Not answered" : a.label());
        attribution.setEmptySelectionCaption("Not answered");
        attribution.setEmptySelectionAllowed(true);
        attribution.setVisible(false);
        add(attribution, verdict, rationale, new Span("Sources"), sources, correctionNote, submit);
    }

    private void saveDraft(DraftService drafts, Long claimId) {
        if (!loading && drafts != null && sources != null) {
            drafts.save(claimId, verdict.getValue(), rationale.getValue(), sources.sources());
        }
    }

    /**
     * The first thing the reviewer still has to do, with its field marked, or null: one message at a time. The
     * service checks the same rules (and more); this only points at the field.
     */
    private String firstProblem(boolean correction) {
        verdict.setInvalid(verdict.getValue() == null);
        rationale.setInvalid(rationale.getValue().isBlank());
        correctionNote.setInvalid(correction && correctionNote.getValue().isBlank());
        if (verdict.getValue() == null) {
            verdict.setErrorMessage("Choose a verdict");
            return "Choose a verdict: Supported, Disputed, Misleading, Not enough evidence or Not checkable.";
        }
        if (rationale.getValue().isBlank()) {
            rationale.setErrorMessage("Write a rationale");
            rationale.focus();
            return "Write a rationale: why this verdict?";
        }
        String stance = sources.firstMissingStance();
        if (stance != null) {
            return stance;
        }
        if (correction && correctionNote.getValue().isBlank()) {
            correctionNote.setErrorMessage("Write the public correction note");
            correctionNote.focus();
            return "A correction needs a public note: readers see it beside the changed verdict.";
        }
        return null;
    }

    VerdictInput input() {
        return new VerdictInput(verdict.getValue(), rationale.getValue(), sources.sources(),
                attribution.isVisible() ? attribution.getValue() : null);
    }

    /** A claim with a speaker asks two questions: did they say it (here), and is it accurate (the verdict). */
    void askAttribution(String speaker) {
        attribution.setLabel(Attribution.question(speaker));
        attribution.setHelperText("First question: the attribution. The verdict below answers: is it accurate?");
        attribution.setVisible(true);
        verdict.setLabel("Is it accurate? Verdict (keys 1–5)");
    }

    /** Fills the form (from a draft, my last verdict, or a verdict an editor adopts) without saving a draft. */
    void fill(VerdictType type, String text, List<Source> list) {
        loading = true;
        verdict.setValue(type);
        rationale.setValue(text == null ? "" : text);
        sources.setSources(list == null ? List.of() : list);
        loading = false;
    }

    void fill(VerdictView v) {
        fill(v.verdict(), v.rationale(), v.sources());
        attribution.setValue(v.attribution());
    }

    /** Keyboard 1–5: pick a verdict and put the cursor in the rationale. */
    void pick(int number) {
        verdict.setValue(VerdictType.values()[number - 1]);
        rationale.focus();
    }

    /** Brings the form into view with the cursor in the rationale (after Adopt, or a restored draft). */
    void bringIntoView() {
        scrollIntoView();
        rationale.focus();
    }
}
