package org.claimdesk.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps a news page's article and drops the rest. The page's metadata comes from its structured data first
 * ({@link PageMetadata}); the text from the content model ({@link ContentModel}: scores by text and link
 * density, never by class names), cleaned of link lists, forms and empty boxes by evidence
 * ({@link BlockCleaner}) and written with its shape kept ({@link ArticleText}). A JSON-LD {@code articleBody}
 * replaces the model's text only when it is really on the page and more complete than what the model found,
 * so a teaser in the structured data never wins over the article.
 */
final class HtmlArticleExtractor {

    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, object, embed, canvas,"
            + " button, select, textarea, option, link, meta, figcaption, input[type=hidden], [hidden],"
            + " [aria-hidden=true], dialog:not([open])";

    record Extracted(ArticleDraft draft, int blocks) {
    }

    Extracted extract(Document page, String sourceUrl) {
        StructuredData ld = StructuredData.of(page);
        PageMetadata meta = PageMetadata.read(page, ld);
        Element body = page.body();
        prune(body);
        List<Element> kept = markedBody(body);
        if (kept.isEmpty()) {
            ContentModel model = new ContentModel(new BlockStats(body));
            Element root = model.articleRoot(body);
            kept = root == null ? List.of(body) : model.withSiblings(root);
        }
        List<Element> cleaned = BlockCleaner.clean(kept);
        boolean ownHeadline = cleaned.stream().anyMatch(e -> e.nameIs("h1") || e.selectFirst("h1") != null);
        List<String> paragraphs = structuredIfMoreComplete(ld.body(), ArticleText.paragraphs(cleaned), body);
        List<String> lines = new ArrayList<>();
        String headline = meta.title();
        if (headline != null && !ownHeadline && !paragraphs.isEmpty()
                && paragraphs.stream().limit(5).noneMatch(p -> same(p, headline))) {
            lines.add(headline);
        }
        lines.addAll(paragraphs);
        String url = PageMetadata.first(meta.canonicalUrl(), sourceUrl);
        ArticleDraft draft = new ArticleDraft(meta.title(), String.join("\n\n", lines), url, meta.publisher(),
                meta.author(), meta.published(), meta.language());
        return new Extracted(draft, lines.size());
    }

    /** The blocks the page marks as its article body (schema.org microdata), when they hold real text. */
    private static List<Element> markedBody(Element body) {
        String selector = "[itemprop~=(?i)(^|\\s)articleBody(\\s|$)]";
        List<Element> marked = body.select(selector).stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is(selector))).toList();
        int length = marked.stream().mapToInt(e -> BlockStats.length(e.text())).sum();
        return length >= 250 ? marked : List.of();
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("[^\\p{L}\\p{N}]+", "").equalsIgnoreCase(b.replaceAll("[^\\p{L}\\p{N}]+", ""));
    }

    private static void prune(Element body) {
        body.select(NEVER_TEXT).remove();
        for (Element e : body.select("[style]")) {
            String style = e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            if (style.contains("display:none") || style.contains("visibility:hidden")) {
                e.remove();
            }
        }
    }

    private static List<String> structuredIfMoreComplete(String structured, List<String> found, Element body) {
        if (structured == null) {
            return found;
        }
        String plain = structured.contains("</") ? Jsoup.parseBodyFragment(structured).text() : structured;
        String model = String.join("\n", found);
        boolean onPage = TextOverlap.coverage(plain, body.text()) >= 0.8;
        boolean modelMissesIt = TextOverlap.coverage(plain, model) < 0.8;
        boolean complete = TextOverlap.words(plain) > TextOverlap.words(model) * 0.9;
        if (onPage && modelMissesIt && complete) {
            return structured.contains("</")
                    ? ArticleText.paragraphs(List.of(Jsoup.parseBodyFragment(structured).body()))
                    : Arrays.stream(structured.split("\\s*\\n\\s*")).filter(p -> !p.isBlank()).toList();
        }
        return found;
    }
}
