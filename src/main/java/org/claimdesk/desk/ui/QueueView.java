package org.claimdesk.desk.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.review.QueueItem;
import org.claimdesk.review.QueueService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/** Claims waiting for me: my verdict as a reviewer, my decision as an editor. */
@Route(value = "queue", layout = MainLayout.class)
@PermitAll
public class QueueView extends VerticalLayout implements HasDynamicTitle {

    QueueView(QueueService queries) {
        addClassName("page");
        setSizeFull();
        Grid<QueueItem> grid = new Grid<>();
        grid.setId("queue");
        grid.addColumn(QueueItem::articleTitle).setHeader(getTranslation("queue.article")).setFlexGrow(2);
        grid.addColumn(QueueItem::claimText).setHeader(getTranslation("queue.claim")).setFlexGrow(4);
        grid.addColumn(i -> getTranslation(i.status().labelKey())).setHeader(getTranslation("queue.status")).setAutoWidth(true);
        grid.addColumn(QueueItem::verdicts).setHeader(getTranslation("queue.verdicts")).setAutoWidth(true);
        grid.addColumn(i -> i.assignedToMe() ? getTranslation("queue.assigned-to-you") : "")
                .setHeader(getTranslation("queue.assigned")).setAutoWidth(true);
        grid.setItems(queries.queue());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("articles/" + e.getItem().articleId()
                + "?claim=" + e.getItem().claimId())));
        String who = getTranslation(CurrentUser.hasRole(Role.EDITOR) ? "queue.editor-help"
                : "queue.reviewer-help");
        add(new H2(getTranslation("nav.queue")), new Paragraph(who), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.queue") + " | ClaimDesk";
    }
}
