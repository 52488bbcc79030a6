package org.claimdesk.article;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The evidence the content model decides by, counted for every element of a page in one pass: how much text
 * it holds, how much of it is link text, commas, paragraphs, images, list items, form inputs and embeds,
 * and how much text sits directly in it (not inside a nested block).
 */
final class BlockStats {

    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details",
            "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody",
            "td", "tfoot", "th", "thead", "tr", "ul", "menu", "summary", "picture", "img", "video", "iframe");

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    static final class Counts {
        int text;
        double links;
        int commas;
        int own;
        int ownCommas;
        int paragraphs;
        int images;
        int items;
        int inputs;
        int embeds;
        int headings;
        boolean hasBlock;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1, links / text);
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    BlockStats(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, count(e));
                }
            }
        }, root);
    }

    Counts of(Element e) {
        Counts c = counts.get(e);
        return c == null ? new BlockStats(e).counts.get(e) : c;
    }

    /** Counts one element from its children's counts, which the traversal made first. */
    private Counts count(Element e) {
        Counts c = new Counts();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                int n = length(t.getWholeText());
                int commas = commas(t.getWholeText());
                c.text += n;
                c.own += n;
                c.commas += commas;
                c.ownCommas += commas;
            } else if (child instanceof Element ce) {
                Counts cc = counts.get(ce);
                c.text += cc.text;
                c.commas += cc.commas;
                c.links += ce.nameIs("a") ? cc.text * (ce.attr("href").startsWith("#") ? 0.3 : 1) : cc.links;
                c.paragraphs += cc.paragraphs + (ce.nameIs("p") ? 1 : 0);
                c.images += cc.images + (ce.nameIs("img") ? 1 : 0);
                c.items += cc.items + (ce.nameIs("li") ? 1 : 0);
                c.inputs += cc.inputs + (ce.nameIs("input") ? 1 : 0);
                c.embeds += cc.embeds + (ce.nameIs("embed") || ce.nameIs("object") || ce.nameIs("video") ? 1 : 0);
                c.headings += cc.headings + (HEADINGS.contains(ce.normalName()) ? cc.text : 0);
                boolean block = BLOCKS.contains(ce.normalName()) || cc.hasBlock;
                c.hasBlock |= block;
                if (!block) {
                    c.own += cc.text;
                    c.ownCommas += cc.commas;
                }
            }
        }
        return c;
    }

    /** Characters with every run of white space counted as one. */
    static int length(String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00a0';
            if (!ws || !space) {
                n++;
            }
            space = ws;
        }
        return n;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == ',' || ch == '\u060c' || ch == '\uff0c' || ch == '\u3001') {
                n++;
            }
        }
        return n;
    }
}
