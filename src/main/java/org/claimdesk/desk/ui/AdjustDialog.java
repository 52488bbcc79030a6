package org.claimdesk.desk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.claimdesk.claim.ClaimView;

/** Move a claim's start and end (character offsets), with a live preview of the text they enclose. */
class AdjustDialog extends Dialog {

    interface OnAdjust {
        void adjust(int start, int end);
    }

    final IntegerField start = new IntegerField(getTranslation("adjust.start"));
    final IntegerField end = new IntegerField(getTranslation("adjust.end"));

    AdjustDialog(ClaimView claim, String articleText, OnAdjust onAdjust) {
        setHeaderTitle(getTranslation("adjust.title", claim.ordinal()));
        Paragraph preview = new Paragraph();
        preview.addClassName("adjust-preview");
        start.setId("adjust-start");
        end.setId("adjust-end");
        for (IntegerField field : new IntegerField[] {start, end}) {
            field.setStepButtonsVisible(true);
            field.setMin(0);
            field.setMax(articleText.length());
            field.addValueChangeListener(e -> preview.setText(slice(articleText)));
        }
        start.setValue(claim.start());
        end.setValue(claim.end());
        add(new HorizontalLayout(start, end), preview);
        preview.setWidth("40rem");
        Button save = new Button(getTranslation("adjust.save"), e -> {
            if (start.getValue() != null && end.getValue() != null) {
                onAdjust.adjust(start.getValue(), end.getValue());
                close();
            }
        });
        save.setId("confirm-adjust");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private String slice(String text) {
        Integer s = start.getValue();
        Integer e = end.getValue();
        if (s == null || e == null || s < 0 || e > text.length() || s >= e) {
            return getTranslation("adjust.empty");
        }
        return text.substring(s, e);
    }
}
