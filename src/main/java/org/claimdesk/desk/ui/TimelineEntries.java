package org.claimdesk.desk.ui;

import java.util.function.Function;
import java.util.function.IntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.TimelinePage;

/**
 * A timeline loaded a page at a time, newest first: the latest events at once, older ones when asked for
 * ("Show older"), so a long history costs the view only what the reader has opened.
 */
class TimelineEntries extends Div {

    /** How many events each "Show older" adds. */
    static final int PAGE_SIZE = 30;

    private final IntFunction<TimelinePage> pages;
    private final Function<TimelineEvent, String> heading;
    private final Div entries = new Div();
    private final Button older = new Button(Texts.t("timeline.older"));
    private int next;

    TimelineEntries(String id, IntFunction<TimelinePage> pages, Function<TimelineEvent, String> heading) {
        this.pages = pages;
        this.heading = heading;
        entries.setId(id);
        older.setId(id + "-older");
        older.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        older.addClickListener(e -> showNext());
        add(entries, older);
        showNext();
    }

    private void showNext() {
        TimelinePage page = pages.apply(next++);
        for (TimelineEvent event : page.events()) {
            entries.add(ClaimTimeline.entry(heading.apply(event), event));
        }
        older.setVisible(page.hasOlder());
        older.setText(getTranslation("timeline.older-count",
                page.total() - (page.page() * page.size() + page.events().size())));
    }
}
