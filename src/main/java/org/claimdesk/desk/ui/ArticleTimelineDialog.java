package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.TimelineService;

/** Everything that happened to an article's claims, newest first (blind review holds here too). */
class ArticleTimelineDialog extends Dialog {

    ArticleTimelineDialog(Long articleId, Map<Long, Integer> ordinals, TimelineService timeline) {
        setHeaderTitle("Article history");
        setWidth("48rem");
        Div entries = new Div();
        entries.setId("article-timeline");
        entries.addClassName("timeline");
        List<TimelineEvent> newestFirst = new ArrayList<>(timeline.forArticle(articleId));
        Collections.reverse(newestFirst);
        for (TimelineEvent event : newestFirst) {
            Integer ordinal = ordinals.get(event.claimId());
            entries.add(ClaimTimeline.entry((ordinal == null ? "Merged claim" : "Claim " + ordinal) + " · "
                    + event.action().label() + " · " + event.who() + " · "
                    + Formats.dateTime(event.at()), event));
        }
        add(entries);
        getFooter().add(new Button("Close", e -> close()));
    }
}
