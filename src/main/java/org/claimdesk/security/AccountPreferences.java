package org.claimdesk.security;

/**
 * A person's UI language (ISO 639-1) and time zone (IANA id) as chosen on My account; either null means
 * "follow the browser".
 */
public record AccountPreferences(String language, String timeZone) {

    public static final AccountPreferences BROWSER = new AccountPreferences(null, null);
}
