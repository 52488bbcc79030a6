package org.claimdesk.desk.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.archive.ArchiveService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.claim.ClaimBoundaryService;
import org.claimdesk.claim.ClaimEditService;
import org.claimdesk.live.LiveUpdates;
import org.claimdesk.matching.MatchService;
import org.claimdesk.review.ArticleReviewSummary;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DraftService;
import org.claimdesk.review.ReviewQueries;
import org.claimdesk.review.ReviewService;
import org.claimdesk.review.ReviewSettingsService;
import org.claimdesk.review.Source;
import org.claimdesk.review.TimelineService;
import org.claimdesk.review.ClaimAssignmentService;
import org.claimdesk.review.CommentService;

/**
 * One article: its text with every claim marked in place (coloured by status and final verdict), the claim
 * list beside it (selecting in one selects in the other), and the selected claim's review. Keys: Alt+↓/↑
 * next/previous claim, 1–5 pick a verdict, Ctrl+Enter submits.
 */
@Route(value = "articles/:articleId", layout = MainLayout.class)
@PermitAll
public class ArticleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ArticleService articles;
    private final ReviewQueries queries;
    private final ReviewSettingsService settings;
    private final ArticleDesk desk;
    private final List<ArticleToolbarItem> toolbar;
    final Grid<ClaimRow> list = new Grid<>();
    private final DeskSide side = new DeskSide();
    private ArticleSnapshot article;
    /** What the list and the text need of each claim, in a compact form (the open claim's review is read apart). */
    private List<ClaimRow> rows = List.of();
    private List<ClaimRow> visible = List.of();
    /** Sources already cited on this article, offered again in the verdict form. */
    private List<Source> reusable = List.of();
    private ClaimFilterBar filters;
    private ArticleText text;
    private ClaimDetail shown;
    private boolean justImported;
    private final LiveArticle live;
    private boolean refreshingList;
    /** A claim selected in the text or by keys, to scroll the list to once it is shown (not while the review hides it). */
    private Long scrollPending;

    ArticleView(ArticleService articles, ReviewQueries queries, ReviewSettingsService settings, ClaimEditService edits,
            ClaimBoundaryService boundaries, ReviewService reviews, DraftService drafts, TimelineService timeline,
            CommentService comments, ClaimAssignmentService claimAssignments, List<ArticleToolbarItem> toolbar,
            MatchService matches, ArchiveService archives, LiveUpdates liveUpdates) {
        this.toolbar = toolbar;
        this.live = new LiveArticle(liveUpdates, this::refreshLive,
                id -> rows.stream().anyMatch(r -> r.id() == id) ? Optional.of(queries.review(id)) : Optional.empty());
        this.articles = articles;
        this.queries = queries;
        this.settings = settings;
        this.desk = new ArticleDesk(edits, boundaries, reviews, drafts, timeline, comments, claimAssignments,
                List.of(), matches, archives);
        addClassName("page");
        setWidthFull();
        setPadding(false);
        list.setId("claims");
        ClaimList.configure(list);
        // lazy: the grid asks for the rows it shows, and knows a row by its claim's id across refreshes
        list.setItems(new CallbackDataProvider<ClaimRow, Void>(q -> visible.stream().skip(q.getOffset())
                .limit(q.getLimit()), q -> visible.size(), ClaimRow::id));
        live.addPresenceColumn(list);
        side.whenClaimsShown(() -> {
            int index = scrollPending == null ? -1 : indexOf(scrollPending);
            scrollPending = null;
            if (index >= 0) {
                list.scrollToIndex(index);
            }
        });
        list.addSelectionListener(e -> e.getFirstSelectedItem().filter(r -> !refreshingList)
                .ifPresent(r -> showDetail(r.id())));
        Shortcuts.addShortcutListener(this, () -> move(1), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> move(-1), Key.ARROW_UP, KeyModifier.ALT);
        Key[] digits = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4, Key.DIGIT_5};
        for (int i = 0; i < digits.length; i++) {
            int number = i + 1;
            Shortcuts.addShortcutListener(this, () -> pick(number), digits[i]).listenOn(list);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("articleId");
        try {
            article = articles.get(id.orElseThrow(() -> new NotFoundException("article.not-found")));
        } catch (NotFoundException e) {
            event.rerouteToError(NotFoundException.class, Texts.message(e));
            return;
        }
        justImported = event.getLocation().getQueryParameters().getSingleParameter("imported").isPresent();
        reload(event.getLocation().getQueryParameters().getSingleParameter("claim").map(Long::valueOf).orElse(null));
        getUI().ifPresent(ui -> live.follow(ui, article.id()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (article != null) {
            live.follow(event.getUI(), article.id());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        live.stop();
    }

    /**
     * Someone else changed this article. When the open claim changed: the same reload, keeping the open claim and
     * tab. Otherwise the list and the marks in the text only, so a form being filled in is not drawn anew.
     */
    private void refreshLive(boolean openClaimChanged) {
        Optional<Long> open = list.asSingleSelect().getOptionalValue().map(ClaimRow::id);
        if (openClaimChanged || open.isEmpty()) {
            Tab tab = side.getSelectedTab();
            reload(open.orElse(null));
            side.setSelectedTab(tab);
            return;
        }
        load();
        refreshingList = true;
        applyFilters();
        visible.stream().filter(r -> r.id() == open.get()).findFirst().ifPresent(list::select);
        refreshingList = false;
        ArticleText fresh = new ArticleText(article.text(), rows, this::selectClaim);
        var pane = text.getElement().getParent();
        pane.setChild(pane.indexOfChild(text.getElement()), fresh.getElement());
        text = fresh;
        text.select(open.get());
    }

    @Override
    public String getPageTitle() {
        return (article == null ? getTranslation("article.title") : article.title()) + " | ClaimDesk";
    }

    /** Reads the article's claims with their reviews and keeps what the list and the text need of them. */
    private void load() {
        List<ClaimReview> reviews = queries.forArticle(article.id());
        rows = ClaimRow.of(reviews, article.revision(), article.text());
        reusable = reviews.stream().flatMap(r -> r.verdicts().stream()).flatMap(v -> v.sources().stream())
                .distinct().toList();
    }

    private void reload(Long select) {
        load();
        removeAll();
        shown = null;
        scrollPending = null;
        text = new ArticleText(article.text(), rows, this::selectClaim);
        List<String> assigned = settings.assignedReviewers(article.id());
        filters = new ClaimFilterBar(rows, r -> assigned, this::applyFilters);
        visible = rows;
        list.getDataProvider().refreshAll();
        ArticleReviewSummary summary = queries.summary(article.id());
        side.showClaims(summary.claims(), filters, list); // the list first; selecting a claim below turns to its review
        Div workspace = new Div(text.inPane(), side);
        workspace.addClassName("article-workspace");
        Integer checkedBefore = justImported && desk.matches() != null ? desk.matches().checkedBefore(article.id()) : null;
        add(new ArticleHeading(article, () -> rows, desk.timeline(), settings),
                new ArticleTools(article, summary, checkedBefore, toolbar), workspace);
        if (select != null) {
            selectClaim(select);
        }
    }

    void selectClaim(Long claimId) {
        rows.stream().filter(r -> r.id() == claimId).findFirst().ifPresent(r -> {
            ClaimDetail before = shown;
            if (!list.asSingleSelect().getOptionalValue().map(ClaimRow::id).equals(Optional.of(claimId))) {
                list.select(r); // the list's selection listener shows the claim
                scrollPending = claimId;
            }
            if (shown == before) { // already selected (a reload, or a click on the open claim): show it afresh
                showDetail(claimId);
            }
        });
    }

    private void showDetail(Long claimId) {
        text.select(claimId);
        ClaimReview review = queries.review(claimId);
        shown = new ClaimDetail(review, article.text(), desk.withSources(reusable), this::reload);
        side.showReview(live.showing(review), shown);
    }

    private void move(int step) {
        if (visible.isEmpty()) {
            return;
        }
        int index = list.asSingleSelect().getOptionalValue().map(v -> indexOf(v.id()))
                .orElse(step > 0 ? -1 : visible.size());
        selectClaim(visible.get(Math.max(0, Math.min(visible.size() - 1, index + step))).id());
    }

    private int indexOf(long claimId) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id() == claimId) {
                return i;
            }
        }
        return -1;
    }

    /** The claim list narrowed by the filter bar; the text keeps every mark. */
    private void applyFilters() {
        visible = rows.stream().filter(filters.filter()).toList();
        list.getDataProvider().refreshAll();
        filters.setSummaryText(getTranslation("filter.title") + (visible.size() == rows.size() ? ""
                : " (" + filters.shown(visible.size(), rows.size()) + ")"));
    }

    private void pick(int number) {
        if (shown != null) {
            shown.review.pick(number);
        }
    }
}
