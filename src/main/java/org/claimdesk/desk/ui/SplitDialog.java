package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import org.claimdesk.claim.ClaimView;

/** Choose the word where the claim's second part begins. */
class SplitDialog extends Dialog {

    final Select<Integer> position = new Select<>();

    SplitDialog(ClaimView claim, IntConsumer onSplit) {
        setHeaderTitle("Split claim " + claim.ordinal());
        List<Integer> starts = wordStarts(claim);
        position.setLabel("The second claim starts at");
        position.setId("split-position");
        position.setItems(starts);
        position.setItemLabelGenerator(p -> preview(claim, p));
        position.setWidth("40rem");
        if (!starts.isEmpty()) {
            position.setValue(starts.get(starts.size() / 2));
        }
        add(position);
        Button split = new Button("Split", e -> {
            if (position.getValue() != null) {
                onSplit.accept(position.getValue());
                close();
            }
        });
        split.setId("confirm-split");
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), split);
    }

    /** Offsets (in the article) of every word of the claim but the first. */
    static List<Integer> wordStarts(ClaimView claim) {
        List<Integer> starts = new ArrayList<>();
        String text = claim.text();
        for (int i = 1; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i - 1)) && !Character.isWhitespace(text.charAt(i))) {
                starts.add(claim.start() + i);
            }
        }
        return starts;
    }

    private static String preview(ClaimView claim, int position) {
        String text = claim.text();
        int cut = position - claim.start();
        String before = text.substring(Math.max(0, cut - 30), cut).strip();
        String after = text.substring(cut, Math.min(text.length(), cut + 30)).strip();
        return "…" + before + " ‖ " + after + "…";
    }
}
