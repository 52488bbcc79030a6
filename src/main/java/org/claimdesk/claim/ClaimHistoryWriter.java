package org.claimdesk.claim;

import java.time.Clock;

import org.claimdesk.security.CurrentUser;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Appends a claim's history row, in the caller's transaction: who, when, what, before and after. */
@Service
class ClaimHistoryWriter {

    private final ClaimHistoryRepository history;
    private final Clock clock;
    private final JsonMapper json;

    ClaimHistoryWriter(ClaimHistoryRepository history, Clock clock, JsonMapper json) {
        this.history = history;
        this.clock = clock;
        this.json = json;
    }

    /** A history row from an export: its original author and time, its states as they were written. */
    void restore(Claim claim, ClaimHistoryItem item, String before, String after) {
        history.save(new ClaimHistoryEntry(claim.id(), claim.articleId(), item.action(), item.actor(), item.at(),
                before, after));
    }

    void record(Claim claim, ClaimAction action, ClaimState before, ClaimState after) {
        history.save(new ClaimHistoryEntry(claim.id(), claim.articleId(), action, CurrentUser.require(),
                clock.instant(), before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }
}
