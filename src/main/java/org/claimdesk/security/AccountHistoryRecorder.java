package org.claimdesk.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Appends one account history row (who, when, what, state before and after) in the caller's transaction. */
@Service
class AccountHistoryRecorder {

    private final AccountHistoryRepository history;
    private final Clock clock;
    private final JsonMapper json;

    AccountHistoryRecorder(AccountHistoryRepository history, Clock clock, JsonMapper json) {
        this.history = history;
        this.clock = clock;
        this.json = json;
    }

    void record(Account account, String action, Map<String, Object> before, Map<String, Object> after) {
        history.save(new AccountHistoryEntry(account.id(), action, CurrentUser.require(), clock.instant(),
                before == null ? null : json.writeValueAsString(before),
                after == null ? null : json.writeValueAsString(after)));
    }

    static Map<String, Object> state(Account account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.username());
        state.put("displayName", account.displayName());
        state.put("role", account.role().name());
        state.put("enabled", account.enabled());
        return state;
    }
}
