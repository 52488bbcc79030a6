package org.claimdesk.base.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;

/**
 * How times and counts read in the UI, everywhere alike: the reader's locale and time zone (the browser's),
 * minutes precision, the zone named. Outside a UI (or before the browser has said its zone) it is UTC.
 */
public final class Formats {

    private Formats() {
    }

    public static String dateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(zone);
        return format.format(instant) + " " + zone.getDisplayName(TextStyle.SHORT, locale());
    }

    /** "1 claim", "25 claims". */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The reader's time zone: the browser's once it has told it, else UTC. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        ExtendedClientDetails details = ui == null ? null : ui.getPage().getExtendedClientDetails();
        if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(details.getTimeZoneId());
        } catch (RuntimeException unknownZone) {
            return ZoneOffset.UTC;
        }
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null || ui.getLocale() == null ? Locale.ENGLISH : ui.getLocale();
    }
}
