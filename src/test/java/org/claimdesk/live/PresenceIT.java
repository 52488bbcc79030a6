package org.claimdesk.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.claimdesk.ApiClient;
import org.claimdesk.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is looking at which claim, as every instance reads it from the database, and how a gone view expires. */
@IntegrationTest
class PresenceIT {

    @LocalServerPort
    int port;

    @Autowired
    PresenceService presence;

    @Autowired
    JdbcTemplate jdbc;

    long article;
    long claim;

    @BeforeEach
    void article() {
        var created = ApiClient.anonymous(port).withTokenOf("erin", IntegrationTest.DEMO_PASSWORD)
                .post("/api/v1/articles", "{\"title\":\"Presence\",\"text\":\"Prices rose 5% last year. Wages fell.\"}")
                .json();
        article = created.get("id").asLong();
        claim = created.get("claims").get(0).get("id").asLong();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    void as(String user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_REVIEWER"))));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void each_open_view_shows_its_user_on_the_claim_it_shows_until_it_moves_on_or_closes() {
        UUID alicesTab = UUID.randomUUID();
        UUID bobsTab = UUID.randomUUID();
        as("alice");
        presence.look(alicesTab, article, claim);
        as("bob");
        presence.look(bobsTab, article, claim);
        assertThat(presence.viewers(article)).containsEntry(claim, Set.of("alice", "bob"));

        presence.look(bobsTab, article, null);
        assertThat(presence.viewers(article)).containsEntry(claim, Set.of("alice"));
        presence.leave(alicesTab);
        assertThat(presence.viewers(article)).doesNotContainKey(claim);
    }

    @Test
    void a_view_whose_instance_stopped_touching_it_is_not_shown_and_is_cleaned_up_while_touched_ones_stay() {
        UUID gone = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        as("alice");
        presence.look(gone, article, claim);
        as("bob");
        presence.look(open, article, claim);
        jdbc.update("update claim_presence set seen_at = ? where viewer_key in (?, ?)",
                Timestamp.from(Instant.now().minus(PresenceService.EXPIRY).minusSeconds(5)), gone, open);
        assertThat(presence.viewers(article)).doesNotContainKey(claim);

        presence.heartbeat(Set.of(open));
        assertThat(presence.viewers(article)).containsEntry(claim, Set.of("bob"));
        assertThat(jdbc.queryForObject("select count(*) from claim_presence where viewer_key = ?", Long.class, gone))
                .isZero();
    }
}
