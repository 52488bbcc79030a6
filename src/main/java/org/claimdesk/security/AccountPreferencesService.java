package org.claimdesk.security;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.UiLanguages;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each person's own UI language and time zone; a change is account history like any other. */
@Service
public class AccountPreferencesService {

    private final AccountRepository accounts;
    private final AccountHistoryRecorder history;

    AccountPreferencesService(AccountRepository accounts, AccountHistoryRecorder history) {
        this.accounts = accounts;
        this.history = history;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountPreferences mine() {
        return accounts.findByUsername(CurrentUser.require())
                .map(a -> new AccountPreferences(a.language(), a.timeZone())).orElse(AccountPreferences.BROWSER);
    }

    /** Saves the caller's choice; a language the UI does not speak, or an unknown zone, is refused. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public AccountPreferences saveMine(AccountPreferences chosen) {
        String language = blankToNull(chosen.language());
        String zone = blankToNull(chosen.timeZone());
        if (language != null) {
            language = language.toLowerCase(Locale.ROOT);
            if (!UiLanguages.CODES.contains(language)) {
                throw new InvalidInputException("error.preferences.language",
                        String.join(", ", UiLanguages.CODES), chosen.language());
            }
        }
        if (zone != null && !ZoneId.getAvailableZoneIds().contains(zone)) {
            throw new InvalidInputException("error.preferences.zone", zone);
        }
        Account account = AccountService.find(accounts, CurrentUser.require());
        Map<String, Object> before = state(account.language(), account.timeZone());
        account.choosePreferences(language, zone);
        history.record(account, "PREFERENCES_CHANGED", before, state(language, zone));
        return new AccountPreferences(language, zone);
    }

    private static Map<String, Object> state(String language, String zone) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("language", language);
        state.put("timeZone", zone);
        return state;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
