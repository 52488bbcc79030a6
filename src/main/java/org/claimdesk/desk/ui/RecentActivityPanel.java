package org.claimdesk.desk.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.DeskEvent;

/** The latest events across the desk, newest first, each linking to its claim (DeskActivity applies blind review). */
final class RecentActivityPanel extends Section {

    static final int SHOWN = 12;

    RecentActivityPanel(List<DeskEvent> events) {
        setId("recent-activity");
        addClassName("overview-panel");
        getElement().setAttribute("aria-labelledby", "recent-activity-heading");
        H3 heading = new H3(getTranslation("overview.recent"));
        heading.setId("recent-activity-heading");
        add(heading);
        if (events.isEmpty()) {
            add(new Paragraph(getTranslation("overview.nothing-yet")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("overview-list");
        for (DeskEvent e : events) {
            Anchor where = new Anchor("articles/" + e.articleId() + (e.claimId() == null ? "" : "?claim=" + e.claimId()),
                    e.articleTitle() == null ? getTranslation("overview.article", e.articleId()) : e.articleTitle());
            list.add(new ListItem(new Span(Formats.dateTime(e.at()) + " · " + Texts.t(e.action().labelKey()) + " · " + e.who()
                    + " · "), where));
        }
        add(list);
    }
}
