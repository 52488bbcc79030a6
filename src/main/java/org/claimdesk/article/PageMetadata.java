package org.claimdesk.article;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, most explicit source first: schema.org JSON-LD, then OpenGraph and
 * {@code <meta>}, then {@code <html lang>}, the canonical link, a marked or "By ..." byline, the h1.
 */
record PageMetadata(String title, String author, String publisher, LocalDate published, String canonicalUrl,
        String language) {

    private static final Pattern BYLINE = Pattern.compile("^(?i:by|por|par|von|di|da)\\s+(\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|del|la)){0,4})");

    static PageMetadata read(Document page, StructuredData ld) {
        String title = first(ld.headline(), meta(page, "dc:title"), meta(page, "dcterm:title"),
                meta(page, "og:title"), meta(page, "title"), meta(page, "twitter:title"), documentTitle(page));
        String author = first(ld.author(), meta(page, "dc:creator"), meta(page, "dcterm:creator"),
                meta(page, "author"), notUrl(meta(page, "article:author")), meta(page, "parsely-author"),
                meta(page, "byl"), byline(page));
        String publisher = first(ld.publisher(), meta(page, "og:site_name"), meta(page, "application-name"));
        LocalDate date = date(first(ld.published(), meta(page, "article:published_time"), meta(page, "datepublished"),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date"), meta(page, "parsely-pub-date"),
                meta(page, "sailthru.date"), attr(page.selectFirst("article time[datetime], time[pubdate]"),
                        "datetime")));
        String canonical = first(web(attr(page.selectFirst("link[rel=canonical]"), "abs:href")),
                web(meta(page, "og:url")), web(ld.url()));
        String language = LanguageCodes.normalize(first(ld.language(), page.selectFirst("html") == null ? null
                : page.selectFirst("html").attr("lang"), attr(page.selectFirst("meta[http-equiv=content-language]"),
                "content"), meta(page, "og:locale")));
        return new PageMetadata(title, author, publisher, date, canonical, language);
    }

    /** A {@code <meta>} by property, name or itemprop, in any letter case. */
    static String meta(Document page, String key) {
        for (Element m : page.select("meta[content]")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                for (String k : m.attr(attribute).split("\\s+")) {
                    if (k.replace(':', '.').equalsIgnoreCase(key.replace(':', '.')) && !m.attr("content").isBlank()) {
                        return m.attr("content");
                    }
                }
            }
        }
        return null;
    }

    private static String byline(Document page) {
        Element marked = page.selectFirst("[itemprop=author] [itemprop=name], [rel=author], [itemprop=author]");
        if (marked != null && !marked.text().isBlank() && marked.text().length() < 100) {
            return marked.text().strip();
        }
        for (Element e : page.select("p, span, div, address")) {
            if (e.childrenSize() <= 6) {
                String text = e.text().strip();
                Matcher m = BYLINE.matcher(text);
                if (text.length() < 150 && m.find()) {
                    return withoutDateWord(m.group(1), text.substring(m.end()));
                }
            }
        }
        return null;
    }

    /** "By Erin Cunningham March 18": a capitalised word followed by a number is the date's month, not a name. */
    private static String withoutDateWord(String name, String rest) {
        int last = name.lastIndexOf(' ');
        return last > 0 && rest.matches("(?s)\\s*\\d.*") ? name.substring(0, last) : name;
    }

    /** The {@code <title>}, or the h1 when one is the other with more words (the site's name, a subtitle). */
    private static String documentTitle(Document page) {
        String h1 = text(page.selectFirst("h1"));
        String title = page.title();
        if (title.isBlank() || h1 != null && !h1.isBlank()
                && (plain(title).contains(plain(h1)) || plain(h1).contains(plain(title)))) {
            return h1;
        }
        return title;
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static String web(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static String notUrl(String value) {
        return value == null || value.startsWith("http") ? null : value;
    }

    private static String attr(Element e, String attribute) {
        return e == null ? null : e.attr(attribute);
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip().replaceAll("\\s+", " ");
            }
        }
        return null;
    }

    static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value) : OffsetDateTime.parse(value).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (DateTimeParseException ignored) {
                return null;
            }
        }
    }
}
