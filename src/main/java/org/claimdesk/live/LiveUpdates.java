package org.claimdesk.live;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * What a view uses to stay live: follow an article, hear its changes (made on any instance, by anyone but the
 * view's own user) inside {@code ui.access}, and share which claim it shows.
 */
@Component
public class LiveUpdates {

    private final LiveSubscriptions subscriptions;
    private final PresenceService presence;
    private final PresenceHeartbeat heartbeat;

    LiveUpdates(LiveSubscriptions subscriptions, PresenceService presence, PresenceHeartbeat heartbeat) {
        this.subscriptions = subscriptions;
        this.presence = presence;
        this.heartbeat = heartbeat;
    }

    /** Starts following; {@code onChanges} runs in {@code ui.access}, with every change since its last run. */
    public ArticleFollow follow(UI ui, Long articleId, Consumer<List<ArticleChange>> onChanges) {
        ArticleFollow follow = new ArticleFollow(articleId, presence, heartbeat);
        follow.start(subscriptions.subscribe(ui, articleId, CurrentUser.require(), onChanges));
        return follow;
    }
}
