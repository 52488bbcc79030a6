package org.claimdesk.article;

import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Removes what sits inside the article but is not article, by evidence only (after Readability's conditional
 * cleaning): a block with few commas goes when it is mostly links, mostly images, a form's inputs, a lone
 * embed or nearly no text. A block that holds most of the article's text always stays, whatever it is.
 */
final class BlockCleaner {

    private static final Set<String> CHECKED = Set.of("form", "fieldset", "table", "ul", "ol", "div", "section",
            "aside", "footer", "header", "nav", "dl", "menu");
    private static final Set<String> HINTED = Set.of("aside", "footer", "nav", "menu");

    private BlockCleaner() {
    }

    /**
     * Cleans the kept blocks and answers them; when the rules would leave not even a short paragraph of a
     * substantial text, the evidence is against the rules (an index page, a list article), and the blocks stay.
     */
    static List<Element> clean(List<Element> kept) {
        int total = textOf(kept);
        List<Element> original = kept.stream().map(Element::clone).toList();
        for (Element root : kept) {
            List<Element> all = root.getAllElements();
            for (int i = all.size() - 1; i >= 0; i--) {
                Element e = all.get(i);
                if (e != root && e.parent() != null && CHECKED.contains(e.normalName()) && isNoise(e, total)) {
                    e.remove();
                }
            }
        }
        return textOf(kept) < 140 && total >= 500 ? original : kept;
    }

    private static int textOf(List<Element> blocks) {
        return blocks.stream().mapToInt(e -> new BlockStats(e).of(e).text).sum();
    }

    private static boolean isNoise(Element e, int total) {
        BlockStats.Counts c = new BlockStats(e).of(e);
        if (c.text * 2 > total && c.text >= 200 && c.linkDensity() < 0.5 || e.parent().closest("pre, code") != null) {
            return false;
        }
        if (HINTED.contains(e.normalName()) || unlikelyRole(e.attr("role")) || teaser(e, c)) {
            return true;
        }
        if (e.nameIs("table") && dataTable(e)) {
            return false;
        }
        if (c.commas >= 10) {
            return false;
        }
        boolean list = e.nameIs("ul") || e.nameIs("ol") || e.nameIs("dl") || listLike(e, c);
        int paragraphs = c.paragraphs;
        boolean remove = c.images > 1 && paragraphs < c.images * 0.5
                || c.inputs > paragraphs / 3
                || !list && c.text < 25 && (c.images == 0 || c.images > 2) && c.headings * 10 < c.text * 9
                || !list && c.linkDensity() > 0.2
                || list && c.linkDensity() > 0.5 && mostlyLinkItems(e)
                || c.embeds == 1 && c.text < 75 || c.embeds > 1;
        if (list && remove && c.images > 0 && c.images == c.items) {
            return false;
        }
        return remove;
    }

    /** A short block headed by a link to another page: a teaser of another story ("related", "more"). */
    private static boolean teaser(Element e, BlockStats.Counts c) {
        if (c.text >= 600 || c.headings == 0) {
            return false;
        }
        for (Element heading : e.select("h1, h2, h3, h4, h5, h6")) {
            Element link = heading.selectFirst("a[href]");
            if (link != null && !link.attr("href").startsWith("#")
                    && BlockStats.length(link.text()) * 10 >= BlockStats.length(heading.text()) * 9) {
                return true;
            }
        }
        return false;
    }

    /** Most items of the list are nothing but a link: navigation or a list of other stories. */
    private static boolean mostlyLinkItems(Element list) {
        int items = 0;
        int links = 0;
        for (Element item : list.select("li, dd, dt")) {
            BlockStats.Counts c = new BlockStats(item).of(item);
            items++;
            if (c.text == 0 || c.linkDensity() >= 0.8) {
                links++;
            }
        }
        return items == 0 || links * 2 >= items;
    }

    private static boolean listLike(Element e, BlockStats.Counts c) {
        int inLists = 0;
        for (Element list : e.select("ul, ol")) {
            inLists += BlockStats.length(list.text());
        }
        return c.text > 0 && inLists > c.text * 0.9;
    }

    private static boolean unlikelyRole(String role) {
        return switch (role) {
            case "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" -> true;
            default -> false;
        };
    }

    /** A table of data (headers, a caption or a summary, or a real grid) is content, never layout. */
    private static boolean dataTable(Element table) {
        if (table.attr("role").equals("presentation")) {
            return false;
        }
        if (!table.attr("summary").isEmpty() || table.selectFirst("caption, th, thead, tfoot, colgroup") != null) {
            return true;
        }
        if (table.selectFirst("table") != null) {
            return false;
        }
        int rows = table.select("tr").size();
        int cols = table.selectFirst("tr") == null ? 0 : table.selectFirst("tr").children().size();
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }
}
