package org.claimdesk.desk.ui;

import java.util.HashSet;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.review.ReviewSettingsService;

/** Editors only: blind review on or off for this article, and which reviewers are assigned to it. */
class ReviewSettingsBar extends HorizontalLayout {

    ReviewSettingsBar(Long articleId, ReviewSettingsService settings) {
        Checkbox blind = new Checkbox(getTranslation("settings.blind"), settings.blind(articleId));
        blind.setId("blind-review");
        blind.setTooltipText(getTranslation("settings.blind-help"));
        blind.addValueChangeListener(e -> {
            settings.setBlind(articleId, e.getValue());
            Notices.success(getTranslation(e.getValue() ? "settings.blind-on" : "settings.blind-off"));
        });
        MultiSelectComboBox<String> assigned = new MultiSelectComboBox<>();
        assigned.setPlaceholder(getTranslation("settings.assign"));
        assigned.setId("assign-reviewers");
        assigned.setItems(settings.reviewers());
        assigned.setValue(new HashSet<>(settings.assignedReviewers(articleId)));
        assigned.addValueChangeListener(e -> {
            e.getValue().stream().filter(r -> !e.getOldValue().contains(r)).forEach(r -> {
                settings.assign(articleId, r);
                Notices.success(getTranslation("settings.assigned", r));
            });
        });
        setAlignItems(Alignment.BASELINE);
        add(blind, assigned);
    }
}
