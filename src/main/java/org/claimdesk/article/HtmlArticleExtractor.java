package org.claimdesk.article;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Keeps a news page's article and drops the rest, in the manner of Readability: first remove what is never
 * article (navigation, share bars, ads, captions, "related" boxes, comments), then take the container the
 * page marks as the article body, or else the one whose paragraphs hold the most text with the fewest
 * links. What is kept: headline, paragraphs, subheads, list items and block quotes, one per line.
 */
final class HtmlArticleExtractor {

    private static final Pattern NOISE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|menu|share|sharing|social|related|recommend|more-stories|read-more|comment"
                    + "|comments|disqus|promo|advert|ad|ads|sponsor|newsletter|subscribe|signup|paywall|footer|header"
                    + "|sidebar|breadcrumb|caption|credit|cookie|consent|popup|modal|outbrain|taboola|tags|trending"
                    + "|most-read|byline-tools|print|toolbar)([-_ ]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    record Extracted(ArticleDraft draft, int blocks) {
    }

    Extracted extract(Document page, String sourceUrl) {
        String title = firstNonBlank(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                text(page.selectFirst("h1")), page.title());
        String author = firstNonBlank(meta(page, "meta[name=author]"), meta(page, "meta[property=article:author]"),
                text(page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], .byline")));
        LocalDate date = date(firstNonBlank(meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[name=date]"), meta(page, "meta[name=pubdate]"),
                meta(page, "meta[itemprop=datePublished]"), attr(page.selectFirst("time[datetime]"), "datetime")));
        String publisher = firstNonBlank(meta(page, "meta[property=og:site_name]"),
                meta(page, "meta[name=application-name]"));

        String headline = firstNonBlank(text(page.selectFirst("h1")), title);
        removeNoise(page);
        Element root = articleRoot(page);
        List<String> lines = new ArrayList<>();
        if (headline != null && root.selectFirst("h1") == null) {
            lines.add(headline);
        }
        for (Element block : root.select(BLOCKS)) {
            String line = block.wholeText().replaceAll("\\s+", " ").strip();
            if (line.isEmpty() || hasBlockAncestor(block, root)) {
                continue;
            }
            lines.add(block.is("li") ? "- " + line : line);
        }
        String body = String.join("\n\n", lines);
        return new Extracted(new ArticleDraft(title, body, sourceUrl, publisher, author, date), lines.size());
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static void removeNoise(Document page) {
        page.select("script, style, noscript, iframe, form, nav, footer, aside, figure, figcaption, button, svg,"
                + " template, input, select, [role=navigation], [role=complementary], [aria-hidden=true], [hidden]")
                .remove();
        page.select("header").stream().filter(h -> h.selectFirst("h1") == null).forEach(Element::remove);
        for (Element e : page.getAllElements()) {
            if (e != page.body() && e.parent() != null && !e.is("html, body, article, main")
                    && NOISE.matcher(e.className() + " " + e.id()).find()) {
                e.remove();
            }
        }
    }

    /** The page's own marking of its article, else the container with the most paragraph text. */
    private static Element articleRoot(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody], article [itemprop=articleBody], .article-body,"
                + " .story-body, .entry-content, .post-content");
        if (marked != null) {
            return marked;
        }
        Elements articles = page.select("article");
        if (articles.size() == 1) {
            return articles.first();
        }
        Element best = page.body();
        double bestScore = 0;
        for (Element candidate : page.select("article, main, section, div")) {
            double score = 0;
            for (Element p : candidate.children()) {
                if (p.is("p, h2, h3, ul, ol, blockquote")) {
                    String t = p.text();
                    double linkText = p.select("a").text().length();
                    score += t.length() * (1 - (t.isEmpty() ? 0 : linkText / t.length()));
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static String meta(Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element e, String attribute) {
        return e == null ? null : e.attr(attribute);
    }

    private static String text(Element e) {
        return e == null ? null : e.text().strip();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static LocalDate date(String value) {
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
