package org.claimdesk.desk.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictType;

/** One verdict or decision as text: every user-entered value is set as text, never as HTML. */
class VerdictCard extends Div {

    VerdictCard(String who, VerdictType verdict, String heading, String rationale, java.util.List<Source> sources,
            java.time.Instant at, String warning) {
        this(who, verdict, heading, rationale, sources, at, warning, url -> null);
    }

    /** {@code archiveOf} gives the archive mark shown beside a source's address (null: none). */
    VerdictCard(String who, VerdictType verdict, String heading, String rationale, java.util.List<Source> sources,
            java.time.Instant at, String warning, java.util.function.Function<String, Component> archiveOf) {
        addClassName("verdict-card");
        Span badge = badge(verdict);
        Span head = new Span(" " + heading + " · " + who + " · " + Formats.dateTime(at));
        head.addClassName("verdict-head");
        add(badge, head);
        if (warning != null) {
            Span flag = new Span(warning);
            flag.addClassName("verdict-warning");
            add(flag);
        }
        Paragraph text = new Paragraph(rationale);
        text.addClassName("verdict-rationale");
        add(text);
        for (Source source : sources) {
            Component line = sourceLine(source);
            Component mark = archiveOf.apply(source.url());
            if (mark != null) {
                ((Div) line).addComponentAtIndex(1, mark);
            }
            add(line);
        }
    }

    static Span badge(VerdictType verdict) {
        Span badge = new Span(Texts.t(verdict.labelKey()));
        badge.addClassNames(badgeClasses(verdict).split(" "));
        return badge;
    }

    /** The CSS classes that colour a verdict alike in the text, the list, the cards and the legend. */
    static String badgeClasses(VerdictType verdict) {
        return "verdict-badge " + verdictClass(verdict);
    }

    static String verdictClass(VerdictType verdict) {
        return "verdict-" + verdict.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Links only to http(s) addresses (the service refuses others; this is a second line of defence). */
    private static Component sourceLine(Source source) {
        Div line = new Div();
        line.addClassName("source-line");
        String url = source.url();
        boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
        if (web) {
            Anchor link = new Anchor(url, source.title());
            link.setTarget(AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            line.add(link);
        } else {
            line.add(new Span(source.title() + " (" + url + ")"));
        }
        line.add(new Span(" · " + Texts.t(source.stance().labelKey()) + " · "
                + Texts.t("verdict-card.accessed", Formats.date(source.accessedOn()))));
        if (source.quote() != null) {
            Paragraph quote = new Paragraph("“" + source.quote() + "”");
            quote.addClassName("source-quote");
            line.add(quote);
        }
        return line;
    }
}
