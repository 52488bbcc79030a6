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
    final TextArea rationale = new TextArea(getTranslation("verdict-form.rationale"));
    final TextArea correctionNote = new TextArea(getTranslation("verdict-form.correction-note"));
    final Select<Attribution> attribution = new Select<>();
    final SourcesEditor sources;
    final Button submit;
    private boolean loading;

    VerdictForm(String submitLabel, boolean correction, List<Source> reusable, Long claimId, DraftService drafts,
            OnSubmit onSubmit) {
        setPadding(false);
        addClassName("verdict-form");
        verdict.setLabel(getTranslation("verdict-form.verdict"));
        verdict.setId("verdict");
        verdict.setItems(VerdictType.values());
        verdict.setRenderer(new ComponentRenderer<>(v -> {
            Div item = new Div(new Span((v.ordinal() + 1) + " · " + getTranslation(v.labelKey())));
            Span definition = new Span(" — " + getTranslation(v.labelKey() + ".definition"));
            definition.addClassName("verdict-definition");
            item.add(definition);
            return item;
        }));
        rationale.setId("rationale");
        rationale.setWidthFull();
        rationale.setMinHeight("6rem");
        rationale.setMaxLength(VerdictInput.MAX_RATIONALE);
        rationale.setRequired(true);
        rationale.setHelperText(getTranslation("verdict-form.rationale-help"));
        rationale.setValueChangeMode(ValueChangeMode.TIMEOUT);
        rationale.setValueChangeTimeout(800);
        correctionNote.setId("correction-note");
        correctionNote.setWidthFull();
        correctionNote.setVisible(correction);
        correctionNote.setHelperText(getTranslation("verdict-form.correction-help"));
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
        submit.setTooltipText(getTranslation("verdict-form.shortcut"));
        attribution.setId("attribution");
        attribution.setItems(Attribution.values());
        attribution.setItemLabelGenerator(a -> getTranslation(a == null ? "verdict-form.not-answered" : a.labelKey()));
        attribution.setEmptySelectionCaption(getTranslation("verdict-form.not-answered"));
        attribution.setEmptySelectionAllowed(true);
        attribution.setVisible(false);
        add(attribution, verdict, rationale, new Span(getTranslation("verdict-form.sources")), sources, correctionNote, submit);
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
            verdict.setErrorMessage(getTranslation("verdict-form.choose"));
            return getTranslation("verdict-form.choose-long");
        }
        if (rationale.getValue().isBlank()) {
            rationale.setErrorMessage(getTranslation("verdict-form.write-rationale"));
            rationale.focus();
            return getTranslation("verdict-form.write-rationale-long");
        }
        String stance = sources.firstMissingStance();
        if (stance != null) {
            return stance;
        }
        if (correction && correctionNote.getValue().isBlank()) {
            correctionNote.setErrorMessage(getTranslation("verdict-form.write-note"));
            correctionNote.focus();
            return getTranslation("verdict-form.write-note-long");
        }
        return null;
    }

    VerdictInput input() {
        return new VerdictInput(verdict.getValue(), rationale.getValue(), sources.sources(),
                attribution.isVisible() ? attribution.getValue() : null);
    }

    /** A claim with a speaker asks two questions: did they say it (here), and is it accurate (the verdict). */
    void askAttribution(String speaker) {
        attribution.setLabel(getTranslation("attribution.question", speaker));
        attribution.setHelperText(getTranslation("verdict-form.attribution-help"));
        attribution.setVisible(true);
        verdict.setLabel(getTranslation("verdict-form.accurate"));
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
