package org.claimdesk.live;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.claimdesk.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is looking at which claim, across instances: each open article view has a row in claim_presence that its
 * instance touches every few seconds ({@link PresenceHeartbeat}); a row untouched for {@link #EXPIRY} belongs to
 * a view that is gone (its instance stopped) and is neither shown nor kept. Every change is announced live.
 */
@Service
public class PresenceService {

    static final Duration EXPIRY = Duration.ofSeconds(30);

    private final JdbcTemplate jdbc;
    private final ChangePublisher publisher;
    private final Clock clock;

    PresenceService(JdbcTemplate jdbc, ChangePublisher publisher, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The current user's view {@code viewer} shows this article, and this claim of it (or none). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void look(UUID viewer, Long articleId, Long claimId) {
        String me = CurrentUser.require();
        jdbc.update("""
                insert into claim_presence (viewer_key, username, article_id, claim_id, seen_at) values (?, ?, ?, ?, ?)
                on conflict (viewer_key) do update set claim_id = excluded.claim_id, seen_at = excluded.seen_at""",
                viewer, me, articleId, claimId, now());
        publisher.publish(articleId, claimId, ChangeKind.PRESENCE, me);
    }

    /**
     * The view is closed. Open to anyone: a view closes also when its session ends, with nobody signed in any
     * more, and the key is the view's own random one.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public void leave(UUID viewer) {
        List<Long> articles = jdbc.queryForList("delete from claim_presence where viewer_key = ? returning article_id",
                Long.class, viewer);
        articles.forEach(article -> publisher.publish(article, null, ChangeKind.PRESENCE, null));
    }

    /** Who looks at which claim of the article now (claim id to sorted usernames); the reader included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Long, Set<String>> viewers(Long articleId) {
        Map<Long, Set<String>> viewers = new LinkedHashMap<>();
        jdbc.query("select claim_id, username from claim_presence where article_id = ? and claim_id is not null"
                + " and seen_at > ?", row -> {
                    viewers.computeIfAbsent(row.getLong(1), k -> new TreeSet<>()).add(row.getString(2));
                }, articleId, Timestamp.from(clock.instant().minus(EXPIRY)));
        return viewers;
    }

    /** Marks this instance's open views as still open, and forgets the views nobody has touched for too long. */
    @Transactional
    void heartbeat(Set<UUID> open) {
        if (!open.isEmpty()) {
            jdbc.update("update claim_presence set seen_at = ? where viewer_key = any (?)", ps -> {
                ps.setTimestamp(1, now());
                ps.setArray(2, ps.getConnection().createArrayOf("uuid", open.toArray()));
            });
        }
        jdbc.queryForList("delete from claim_presence where seen_at < ? returning article_id", Long.class,
                Timestamp.from(clock.instant().minus(EXPIRY))).stream().distinct()
                .forEach(article -> publisher.publish(article, null, ChangeKind.PRESENCE, null));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
