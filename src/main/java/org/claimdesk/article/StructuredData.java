package org.claimdesk.article;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The page's schema.org article in JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting}, ...),
 * found in any script block, array or {@code @graph}: headline, body, authors, date, publisher, language, URL.
 */
record StructuredData(String headline, String body, String author, String published, String publisher,
        String language, String url) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final StructuredData NONE = new StructuredData(null, null, null, null, null, null, null);

    static StructuredData of(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode article = find(JSON.readTree(script.data().replace("<![CDATA[", "").replace("]]>", "").strip()));
                if (article != null) {
                    return from(article);
                }
            } catch (JacksonException e) {
                // a broken block says nothing; the page's other hints still count
            }
        }
        return NONE;
    }

    private static JsonNode find(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = find(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (JsonNode type : node.path("@type").isArray() ? node.path("@type") : List.of(node.path("@type"))) {
            String t = type.asString("");
            if (t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting")) {
                return node;
            }
        }
        return find(node.get("@graph"));
    }

    private static StructuredData from(JsonNode a) {
        return new StructuredData(text(a.get("headline")), text(a.get("articleBody")), names(a.get("author")),
                text(a.get("datePublished")), names(a.get("publisher")), language(a.get("inLanguage")),
                url(a));
    }

    private static String names(JsonNode node) {
        if (node == null) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            String name = item.isObject() ? text(item.get("name")) : text(item);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String language(JsonNode node) {
        if (node != null && node.isObject()) {
            return text(node.has("alternateName") ? node.get("alternateName") : node.get("name"));
        }
        return text(node);
    }

    private static String url(JsonNode a) {
        JsonNode main = a.get("mainEntityOfPage");
        String mainUrl = main == null ? null : main.isObject() ? text(main.get("@id")) : text(main);
        return mainUrl != null ? mainUrl : text(a.get("url"));
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isValueNode()) {
            return null;
        }
        String s = node.asString("").strip();
        return s.isEmpty() ? null : s;
    }
}
