package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimView;

/**
 * Split a claim where its second part begins, chosen in the claim's own text: between every two words sits a
 * split point (a real button, so Tab and Enter reach it), and the two claims it would make are previewed.
 */
class SplitDialog extends Dialog {

    final Div text = new Div();
    final Paragraph first = new Paragraph();
    final Paragraph second = new Paragraph();
    final Button split = new Button(Texts.t("split.confirm"));
    private final ClaimView claim;
    private final List<NativeButton> points = new ArrayList<>();
    private Integer chosen;

    SplitDialog(ClaimView claim, IntConsumer onSplit) {
        this.claim = claim;
        setHeaderTitle(getTranslation("split.title", claim.ordinal()));
        setWidth("min(44rem, 95vw)");
        text.setId("split-text");
        text.addClassName("split-text");
        List<Integer> starts = wordStarts(claim);
        int from = 0;
        for (int start : starts) {
            text.add(new Span(claim.text().substring(from, start - claim.start())));
            text.add(point(start));
            from = start - claim.start();
        }
        text.add(new Span(claim.text().substring(from)));
        first.setId("split-first");
        second.setId("split-second");
        Div preview = new Div(first, second);
        preview.addClassName("split-preview");
        add(new Paragraph(getTranslation("split.help")), text, preview);
        split.setId("confirm-split");
        split.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        split.addClickListener(e -> {
            if (chosen != null) {
                onSplit.accept(chosen);
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), split);
        choose(starts.isEmpty() ? null : starts.get(starts.size() / 2));
    }

    private NativeButton point(int position) {
        int cut = position - claim.start();
        String word = claim.text().substring(cut).split("\\s+", 2)[0];
        NativeButton point = new NativeButton("|", e -> choose(position));
        point.setId("split-at-" + position);
        point.addClassName("split-point");
        point.getElement().setAttribute("aria-label", getTranslation("split.before", word));
        point.getElement().setAttribute("type", "button");
        points.add(point);
        return point;
    }

    private void choose(Integer position) {
        chosen = position;
        split.setEnabled(position != null);
        for (NativeButton p : points) {
            boolean on = position != null && p.getId().orElse("").equals("split-at-" + position);
            p.setClassName("chosen", on);
            p.getElement().setAttribute("aria-pressed", Boolean.toString(on));
        }
        if (position == null) {
            first.setText(getTranslation("split.single-word"));
            second.setText("");
            return;
        }
        int cut = position - claim.start();
        first.setText(getTranslation("split.first", claim.text().substring(0, cut).strip()));
        second.setText(getTranslation("split.second", claim.text().substring(cut).strip()));
    }

    /** The chosen position, an offset in the article (null when there is no split point). */
    Integer chosen() {
        return chosen;
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
}
