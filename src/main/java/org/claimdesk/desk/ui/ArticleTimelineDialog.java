package org.claimdesk.desk.ui;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.review.TimelineEvent;
import org.claimdesk.review.TimelineService;

/** Everything that happened to an article's claims, newest first (blind review holds here too). */
class ArticleTimelineDialog extends Dialog {

    ArticleTimelineDialog(Long articleId, Map<Long, Integer> ordinals, TimelineService timeline) {
        setHeaderTitle(getTranslation("article.history"));
        setWidth("48rem");
        TimelineEntries entries = new TimelineEntries("article-timeline",
                page -> timeline.forArticle(articleId, page, TimelineEntries.PAGE_SIZE), new Headings(ordinals)::of);
        entries.addClassName("timeline");
        add(entries);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()));
    }

    /**
     * "Claim 3 · Split · alice · <when>". A claim no longer in the article is named for how it left: retired when
     * the article was split again in another language, else merged into another. Its last event says which, and it
     * comes first: the entries are read newest first.
     */
    static final class Headings {

        private final Map<Long, Integer> ordinals;
        private final Set<Long> retired = new HashSet<>();

        Headings(Map<Long, Integer> ordinals) {
            this.ordinals = ordinals;
        }

        String of(TimelineEvent event) {
            Integer ordinal = ordinals.get(event.claimId());
            if (ordinal == null && event.action() == ClaimAction.RETIRED) {
                retired.add(event.claimId());
            }
            String claim = ordinal != null ? Texts.t("claim.heading", ordinal)
                    : Texts.t(retired.contains(event.claimId()) ? "timeline.retired-claim" : "timeline.merged-claim");
            return claim + " · " + Texts.t(event.action().labelKey()) + " · " + event.who() + " · "
                    + Formats.dateTime(event.at());
        }
    }
}
