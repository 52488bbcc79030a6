package org.claimdesk.desk.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.review.Source;
import org.claimdesk.review.Stance;

/** The sources of a verdict: add, remove, or pick one already cited in this article. */
class SourcesEditor extends VerticalLayout {

    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    private final Runnable onChange;

    SourcesEditor(List<Source> reusable, Runnable onChange) {
        this.onChange = onChange;
        setPadding(false);
        setSpacing(false);
        Button add = new Button(getTranslation("sources.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.setId("add-source");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        ComboBox<Source> reuse = new ComboBox<>();
        reuse.setPlaceholder(getTranslation("sources.reuse"));
        reuse.setId("reuse-source");
        reuse.setItems(reusable);
        reuse.setItemLabelGenerator(s -> s.title() + " — " + s.url());
        reuse.setWidth("24rem");
        reuse.setVisible(!reusable.isEmpty());
        reuse.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                addRow(e.getValue());
                reuse.clear();
            }
        });
        HorizontalLayout tools = new HorizontalLayout(add, reuse);
        tools.setAlignItems(Alignment.BASELINE);
        add(list, tools);
    }

    void setSources(List<Source> sources) {
        rows.clear();
        list.removeAll();
        sources.forEach(this::addRow);
    }

    /**
     * Marks the first source whose stance is not chosen and answers what to do, or null when every source has one.
     * The service refuses the same; this only points at the field.
     */
    String firstMissingStance() {
        List<Row> cited = rows.stream().filter(r -> !r.url.getValue().isBlank()).toList();
        for (int i = 0; i < cited.size(); i++) {
            Row row = cited.get(i);
            row.stance.setInvalid(row.stance.getValue() == null);
            if (row.stance.getValue() == null) {
                row.stance.setErrorMessage(getTranslation("sources.choose-stance"));
                row.stance.focus();
                return getTranslation("sources.missing-stance", i + 1);
            }
        }
        return null;
    }

    List<Source> sources() {
        return rows.stream().filter(r -> !r.url.getValue().isBlank()).map(Row::source).toList();
    }

    private void addRow(Source source) {
        Row row = new Row(source);
        rows.add(row);
        list.add(row);
        onChange.run();
    }

    private final class Row extends VerticalLayout {
        final TextField url = new TextField(getTranslation("sources.url"));
        final TextField title = new TextField(getTranslation("sources.title"));
        final TextArea quote = new TextArea(getTranslation("sources.quote"));
        final Select<Stance> stance = new Select<>();
        final DatePicker accessed = Formats.localized(new DatePicker(getTranslation("sources.accessed")));

        Row(Source source) {
            addClassName("source-row");
            setPadding(false);
            int n = rows.size() + 1;
            url.setId("source-url-" + n);
            url.setPlaceholder("https://");
            url.setWidth("22rem");
            title.setId("source-title-" + n);
            quote.setId("source-quote-" + n);
            quote.setWidthFull();
            quote.setMaxLength(Source.MAX_QUOTE);
            stance.setLabel(getTranslation("sources.stance"));
            stance.setId("source-stance-" + n);
            stance.setItems(Stance.values());
            stance.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
            // no default: a reviewer who does not choose would record a stance they never meant
            stance.setPlaceholder(getTranslation("sources.choose"));
            stance.setRequiredIndicatorVisible(true);
            accessed.setValue(LocalDate.now(Formats.zone())); // today where the reader is
            if (source != null) {
                url.setValue(source.url());
                title.setValue(source.title() == null ? "" : source.title());
                quote.setValue(source.quote() == null ? "" : source.quote());
                stance.setValue(source.stance());
                accessed.setValue(source.accessedOn());
            }
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(this);
                list.remove(this);
                onChange.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("sources.remove"));
            url.addValueChangeListener(e -> onChange.run());
            stance.addValueChangeListener(e -> {
                stance.setInvalid(false);
                onChange.run();
            });
            quote.addValueChangeListener(e -> onChange.run());
            HorizontalLayout line = new HorizontalLayout(url, title, stance, accessed, remove);
            line.setAlignItems(Alignment.BASELINE);
            line.setWrap(true);
            add(line, quote);
        }

        Source source() {
            return new Source(url.getValue(), title.getValue(), quote.getValue(), accessed.getValue(), stance.getValue());
        }
    }
}
