package org.claimdesk.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.shared.Registration;

/**
 * One open article view, followed live: it hears the article's changes and tells the others which claim it shows.
 * Closed when the view detaches.
 */
public final class ArticleFollow {

    private final UUID viewer = UUID.randomUUID();
    private final Long articleId;
    private final PresenceService presence;
    private final PresenceHeartbeat heartbeat;
    private Registration subscription;
    private Long looking;

    ArticleFollow(Long articleId, PresenceService presence, PresenceHeartbeat heartbeat) {
        this.articleId = articleId;
        this.presence = presence;
        this.heartbeat = heartbeat;
    }

    void start(Registration subscription) {
        this.subscription = subscription;
        heartbeat.opened(viewer);
        presence.look(viewer, articleId, null);
    }

    /** This view now shows that claim (or none). */
    public void look(Long claimId) {
        if (!java.util.Objects.equals(claimId, looking)) {
            looking = claimId;
            presence.look(viewer, articleId, claimId);
        }
    }

    /** Who looks at which claim of the article now, this view's user included. */
    public Map<Long, Set<String>> viewers() {
        return presence.viewers(articleId);
    }

    public void close() {
        subscription.remove();
        heartbeat.closed(viewer);
        presence.leave(viewer);
    }
}
