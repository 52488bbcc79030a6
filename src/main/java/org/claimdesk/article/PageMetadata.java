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

    private static final Pattern BYLINE = Pattern.compile("^(?:by|por|par|von|di|da)\\s+(\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|del|la|and|y|e|et|und)){0,5})\\s*$");

    static PageMetadata read(Document page, StructuredData ld) {
        String title = first(ld.headline(), meta(page, "og:title"), meta(page, "twitter:title"),
                meta(page, "title"), text(page.selectFirst("h1")), page.title());
        String author = first(ld.author(), meta(page, "author"), notUrl(meta(page, "article:author")),
                meta(page, "parsely-author"), meta(page, "dc.creator"), meta(page, "byl"), byline(page));
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
                    if (k.equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
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
        for (Element e : page.select("p, span, address")) {
            if (e.childrenSize() <= 3 && e.text().length() < 80) {
                Matcher m = BYLINE.matcher(e.text().strip());
                if (m.matches()) {
                    return m.group(1);
                }
            }
        }
        return null;
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
