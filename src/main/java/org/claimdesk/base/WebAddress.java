package org.claimdesk.base;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a stored address may become a live link: http or https with a host, nothing else
 * ({@code javascript:}, {@code data:}, {@code file:} and scheme-less text stay text). Writers ask this
 * themselves, whatever path put the address into the database.
 */
public final class WebAddress {

    private WebAddress() {
    }

    public static boolean isWeb(String address) {
        if (address == null || address.isBlank() || !address.equals(address.strip())) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
