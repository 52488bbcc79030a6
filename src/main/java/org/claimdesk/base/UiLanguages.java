package org.claimdesk.base;

import java.util.List;

/** The languages the UI speaks (ISO 639-1), English first: each has its messages bundle. */
public final class UiLanguages {

    public static final List<String> CODES = List.of("en", "es", "pt");

    private UiLanguages() {
    }
}
