package org.claimdesk.live;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.shared.Registration;
import org.springframework.dao.DataAccessException;

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
        try {
            presence.look(viewer, articleId, null);
        } catch (DataAccessException unreachable) {
            // presence is a courtesy: the next look writes it
        }
    }

    /** This view now shows that claim (or none). */
    public void look(Long claimId) {
        if (!java.util.Objects.equals(claimId, looking)) {
            presence.look(viewer, articleId, claimId);
            looking = claimId;
        }
    }

    /** Who looks at which claim of the article now, this view's user included. */
    public Map<Long, Set<String>> viewers() {
        return presence.viewers(articleId);
    }

    public void close() {
        subscription.remove();
        heartbeat.closed(viewer);
        try {
            presence.leave(viewer);
        } catch (DataAccessException unreachable) {
            // the row expires by itself (PresenceService.EXPIRY)
        }
    }
}
