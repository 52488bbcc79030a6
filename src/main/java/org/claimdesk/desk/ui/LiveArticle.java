package org.claimdesk.desk.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.claim.ClaimAction;
import org.claimdesk.live.ArticleChange;
import org.claimdesk.live.ArticleFollow;
import org.claimdesk.live.ChangeKind;
import org.claimdesk.live.LiveUpdates;
import org.claimdesk.review.BlindReview;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.security.CurrentUser;
import org.springframework.dao.DataAccessException;

/**
 * Keeps an open article live: others' changes (on any instance) refresh it through the same services as a reload,
 * with a discreet notice of who did what, and each claim shows who else is looking at it. Blind review holds: the
 * notice names a reviewer only where the refreshed review shows that reviewer's verdict, and presence shows
 * names only where {@link BlindReview#othersVisible} allows, else a count.
 */
final class LiveArticle {

    private static final Set<String> BOUNDARY_EDITS = Set.of(ClaimAction.SPLIT.name(), ClaimAction.SPLIT_OFF.name(),
            ClaimAction.MERGED.name(), ClaimAction.MERGED_INTO.name(), ClaimAction.BOUNDARIES_ADJUSTED.name());

    private final LiveUpdates live;
    /** Refreshes the view; told whether the open claim itself changed (else its form may stay as it is). */
    private final Consumer<Boolean> refresh;
    private final Function<Long, Optional<ClaimReview>> reviewOf;
    private final Span shownViewers = new Span();
    private Grid<ClaimRow> list;
    private ArticleFollow follow;
    private Long articleId;
    private ClaimReview shown;
    private Map<Long, Set<String>> viewers = Map.of();

    LiveArticle(LiveUpdates live, Consumer<Boolean> refresh, Function<Long, Optional<ClaimReview>> reviewOf) {
        this.live = live;
        this.refresh = refresh;
        this.reviewOf = reviewOf;
        shownViewers.setId("claim-viewers");
        shownViewers.addClassName("claim-viewers");
    }

    /** Adds the "who is looking" column to the claim list. */
    void addPresenceColumn(Grid<ClaimRow> claims) {
        this.list = claims;
        claims.addColumn(LitRenderer.<ClaimRow>of("<span class=\"claim-viewers\" title=\"${item.label}\">"
                + "${item.label}</span>").withProperty("label", r -> othersOn(r.id(), r.othersVisible())))
                .setHeader(Texts.t("live.open-by")).setWidth("6em").setFlexGrow(0).setKey("viewers");
    }

    void follow(UI ui, Long article) {
        if (follow != null && article.equals(articleId)) {
            return;
        }
        stop();
        articleId = article;
        follow = live.follow(ui, article, this::changed);
        viewers = bestEffort(follow::viewers);
    }

    void stop() {
        if (follow != null) {
            follow.close();
            follow = null;
        }
    }

    /** The view now shows this claim; the line to put above it says who else is looking. */
    Span showing(ClaimReview review) {
        shown = review;
        if (follow != null) {
            viewers = bestEffort(() -> {
                follow.look(review.claim().id());
                return follow.viewers();
            });
        }
        shownViewers.setText(othersOn(review).isEmpty() ? "" : Texts.t("live.also-looking", othersOn(review)));
        return shownViewers;
    }

    /** Presence is a courtesy: while the database is unreachable the article still works, showing nobody. */
    private Map<Long, Set<String>> bestEffort(Supplier<Map<Long, Set<String>>> read) {
        try {
            return read.get();
        } catch (DataAccessException unreachable) {
            return Map.of();
        }
    }

    private String othersOn(ClaimReview review) {
        return othersOn(review.claim().id(), BlindReview.othersVisible(review));
    }

    private String othersOn(Long claimId, boolean othersVisible) {
        List<String> others = viewers.getOrDefault(claimId, Set.of()).stream()
                .filter(name -> !name.equals(CurrentUser.require())).toList();
        if (others.isEmpty() || othersVisible) {
            return String.join(", ", others);
        }
        return Texts.t(others.size() == 1 ? "live.others.one" : "live.others.many", others.size());
    }

    private void changed(List<ArticleChange> changes) {
        if (follow == null) {
            return;
        }
        viewers = bestEffort(follow::viewers);
        if (changes.stream().allMatch(c -> c.kind() == ChangeKind.PRESENCE)) {
            if (list != null) {
                list.getDataProvider().refreshAll();
            }
            if (shown != null) {
                showing(shown);
            }
            return;
        }
        refresh.accept(changes.stream().anyMatch(this::touchesOpenClaim));
        // the notice names the newest three: only those are described (each reads its claim's review)
        List<String> told = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0 && told.size() < 3; i--) {
            ArticleChange c = changes.get(i);
            if (c.kind() != ChangeKind.PRESENCE && c.kind() != ChangeKind.RESYNC) {
                String note = describe(c);
                if (!told.contains(note)) {
                    told.addFirst(note);
                }
            }
        }
        if (!told.isEmpty()) {
            Notification notice = new Notification(String.join(" · ", told), 6000, Notification.Position.BOTTOM_START);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.addClassName("live-notice");
            notice.open();
        }
    }

    /** A change to the open claim, to the claims' boundaries (which moves claims), or one that may be anything. */
    private boolean touchesOpenClaim(ArticleChange change) {
        return shown == null || change.claimId() == null || change.claimId().equals(shown.claim().id())
                || change.kind() == ChangeKind.RESYNC
                || change.kind() == ChangeKind.CLAIM_EDITED && BOUNDARY_EDITS.contains(change.action());
    }

    /** "bob submitted a verdict on claim 3", with the reviewer hidden where blind review hides the verdict. */
    private String describe(ArticleChange change) {
        Optional<ClaimReview> review = change.claimId() == null ? Optional.empty() : reviewOf.apply(change.claimId());
        String claim = review.map(r -> Texts.t("live.claim", r.claim().ordinal())).orElse(Texts.t("live.a-claim"));
        return switch (change.kind()) {
            case VERDICT_SUBMITTED -> Texts.t("live.verdict", review.filter(r -> r.verdicts().stream()
                    .anyMatch(v -> Objects.equals(v.reviewer(), change.actor()))).isPresent()
                    ? change.actor() : Texts.t("live.another-reviewer"), claim);
            case DECIDED -> Texts.t("live.decided", change.actor(), claim);
            case COMMENTED -> Texts.t("live.commented", review.filter(BlindReview::othersVisible).isPresent()
                    ? change.actor() : Texts.t("live.someone"), claim);
            case CLAIM_EDITED -> Texts.t("live.changed", change.actor(), claim) + edit(change.action());
            case PRESENCE, RESYNC -> "";
        };
    }

    private static String edit(String action) {
        try {
            return action == null ? "" : ": " + Texts.t(ClaimAction.valueOf(action).labelKey()).toLowerCase(Formats.locale());
        } catch (IllegalArgumentException unknown) {
            return "";
        }
    }
}
