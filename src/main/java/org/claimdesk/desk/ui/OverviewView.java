package org.claimdesk.desk.ui;

import java.time.Clock;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.article.ArticleService;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.claim.ClaimOverviewQueries;
import org.claimdesk.claim.ClaimService;
import org.claimdesk.review.AgreementService;
import org.claimdesk.review.DeskActivity;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.FinalVerdicts;
import org.claimdesk.review.QueueService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;

/**
 * The start page after sign-in: what needs me (my queue, claims in articles assigned to me, my drafts),
 * every article with its progress and verdict mix, and the desk's recent activity (blind review holds); for
 * editors also the reviewers' agreement over the last 30 days.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class OverviewView extends VerticalLayout implements HasDynamicTitle {

    OverviewView(QueueService queue, DraftService drafts, ClaimOverviewQueries claimQueries, ArticleService articles,
            ClaimService claims, FinalVerdicts finals, DeskActivity activity, AgreementService agreement,
            Clock clock) {
        addClassName("page");
        setId("desk-overview");
        setWidthFull();
        Div columns = new Div(new NeedsMePanel(queue, drafts, claimQueries, articles, claims),
                new RecentActivityPanel(activity.recent(RecentActivityPanel.SHOWN)));
        columns.addClassName("overview-columns");
        if (CurrentUser.hasRole(Role.EDITOR)) {
            columns.add(new AgreementPanel(agreement, clock));
        }
        add(new H2(getTranslation("overview.title")), columns, new ArticleProgressGrid(articles, claims, finals));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.overview") + " | ClaimDesk";
    }
}
