package org.claimdesk.live;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * Announces a change on the live channel in the caller's transaction (PostgreSQL sends it on commit, and not at
 * all on rollback). Verdicts, decisions and claim edits announce themselves by trigger (V141); this is for the
 * rest: presence, and any feature without a history table of its own.
 */
@Component
public class ChangePublisher {

    private final JdbcTemplate jdbc;

    ChangePublisher(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void publish(Long articleId, Long claimId, ChangeKind kind, String actor) {
        String payload = new ArticleChange(articleId, claimId, kind, actor, null).toJson();
        jdbc.query("select pg_notify(?, ?)", (RowCallbackHandler) row -> { }, ArticleChange.CHANNEL, payload);
    }
}
