package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.claimdesk.article.ArticleFilter;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSummary;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimCounts;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.claim.QueuedClaim;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.QueueItem;
import org.claimdesk.review.QueueService;
import org.springframework.data.domain.PageRequest;

/** "What needs me": my queue's size and first claims, the articles assigned to me, and my unsent drafts. */
final class NeedsMePanel extends Section {

    static final int TOP = 5;
    private static final int QUEUE_LIMIT = 200;

    NeedsMePanel(QueueService queue, DraftService drafts, ClaimOverviewQueries claimQueries, ArticleService articles,
            ClaimService claims) {
        setId("needs-me");
        addClassName("overview-panel");
        getElement().setAttribute("aria-labelledby", "needs-me-heading");
        H3 heading = new H3(getTranslation("overview.needs-me"));
        heading.setId("needs-me-heading");
        add(heading);

        List<QueueItem> waiting = queue.queue();
        List<Long> assigned = queue.articlesAssignedToMe();
        Set<Long> assignedSet = Set.copyOf(assigned);
        long inAssigned = waiting.stream().filter(i -> assignedSet.contains(i.articleId())).count();
        Paragraph count = new Paragraph(getTranslation("overview.in-queue", waiting.size() >= QUEUE_LIMIT
                ? getTranslation("overview.queue-limit", QUEUE_LIMIT) : Formats.count(waiting.size(),
                        getTranslation("article.claim.one"), getTranslation("article.claim.many")))
                + (assigned.isEmpty() ? "" : ", " + getTranslation("overview.in-assigned", inAssigned)) + ". ");
        count.setId("queue-count");
        count.add(new Anchor("queue", getTranslation("overview.open-queue")));
        add(count, claimList("queue-top", waiting.stream().limit(TOP)
                .map(i -> new QueuedClaim(i.claimId(), i.articleId(), i.articleTitle(), i.claimText(), i.status()))
                .toList()));

        add(new H3(getTranslation("overview.assigned")));
        add(assignedList(assigned, articles, claims));

        add(new H3(getTranslation("overview.drafts")));
        List<QueuedClaim> mine = claimQueries.briefs(drafts.myDraftClaims());
        add(mine.isEmpty() ? new Paragraph(getTranslation("overview.no-drafts")) : claimList("my-drafts", mine));
    }

    private static UnorderedList claimList(String id, List<QueuedClaim> claims) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("overview-list");
        for (QueuedClaim c : claims) {
            Anchor link = new Anchor("articles/" + c.articleId() + "?claim=" + c.claimId(), shorten(c.text()));
            list.add(new ListItem(link, new com.vaadin.flow.component.html.Span(" · " + c.articleTitle() + " · "
                    + Texts.t(c.status().labelKey()))));
        }
        return list;
    }

    private static com.vaadin.flow.component.Component assignedList(List<Long> assigned, ArticleService articles,
            ClaimService claims) {
        if (assigned.isEmpty()) {
            return new Paragraph(Texts.t("overview.none-assigned"));
        }
        List<ArticleSummary> found = articles.search(new ArticleFilter(null, null, null, assigned, null),
                PageRequest.of(0, TOP * 4));
        Map<Long, ClaimCounts> counts = claims.countsFor(found.stream().map(ArticleSummary::id).toList());
        UnorderedList list = new UnorderedList();
        list.setId("assigned-to-me");
        list.addClassName("overview-list");
        for (ArticleSummary a : found) {
            ClaimCounts c = counts.getOrDefault(a.id(), new ClaimCounts(0, 0, 0));
            list.add(new ListItem(new Anchor("articles/" + a.id(), a.title()),
                    new com.vaadin.flow.component.html.Span(" · " + Texts.t("overview.progress", c.approved(), c.reviewable()))));
        }
        return list;
    }

    static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 120 ? flat : flat.substring(0, 119) + "…";
    }
}
