package org.claimdesk.base.ui;

import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import com.vaadin.flow.server.VaadinSession;

/**
 * How times, dates and counts read in the UI, everywhere alike: the reader's language (the UI's locale) and time
 * zone (the one chosen on My account, else the browser's), minutes precision, the zone named. Outside a UI (or
 * before the browser has said its zone) it is UTC.
 */
public final class Formats {

    private static final String ZONE = Formats.class.getName() + ".zone";

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

    /** A calendar date in the reader's locale ("Dec 1, 2026", "1 dic 2026"). */
    public static String date(java.time.LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    /** "1 claim", "25 claims", "1.250 afirmaciones": the number in the reader's locale. */
    public static String count(long n, String one, String many) {
        return number(n) + " " + (n == 1 ? one : many);
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(locale()).format(n);
    }

    /** The reader's chosen zone for this session (null: follow the browser). */
    public static void preferZone(VaadinSession session, ZoneId zone) {
        session.setAttribute(ZONE, zone);
    }

    /** The reader's time zone: the one they chose, else the browser's once it has told it, else UTC. */
    public static ZoneId zone() {
        UI ui = UI.getCurrent();
        if (ui != null && ui.getSession() != null && ui.getSession().getAttribute(ZONE) instanceof ZoneId chosen) {
            return chosen;
        }
        return browserZone();
    }

    /** The browser's time zone, or UTC before it has said it. */
    public static ZoneId browserZone() {
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

    /** A date picker in the reader's language: its date format, month and day names, first day of the week. */
    public static DatePicker localized(DatePicker picker) {
        Locale locale = locale();
        picker.setLocale(locale);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .toList());
        DayOfWeek[] week = {DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        i18n.setWeekdays(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(Arrays.stream(week).map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale))
                .toList());
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(Texts.t("date.today"));
        i18n.setCancel(Texts.t("action.cancel"));
        picker.setI18n(i18n);
        return picker;
    }
}
