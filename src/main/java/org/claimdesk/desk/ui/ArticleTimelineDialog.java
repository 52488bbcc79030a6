package org.claimdesk.desk.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.TimelineService;

/** Everything that happened to an article's claims, newest first (blind review holds here too). */
class ArticleTimelineDialog extends Dialog {

    ArticleTimelineDialog(Long articleId, Map<Long, Integer> ordinals, TimelineService timeline) {
        setHeaderTitle(getTranslation("article.history"));
        setWidth("48rem");
        TimelineEntries entries = new TimelineEntries("article-timeline",
                page -> timeline.forArticle(articleId, page, TimelineEntries.PAGE_SIZE), event -> {
                    Integer ordinal = ordinals.get(event.claimId());
                    return (ordinal == null ? Texts.t("timeline.merged-claim") : Texts.t("claim.heading", ordinal)) + " · "
                            + Texts.t(event.action().labelKey())
                            + " · " + event.who() + " · " + Formats.dateTime(event.at());
                });
        entries.addClassName("timeline");
        add(entries);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }
}
