package org.claimdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the kept blocks as plain text that keeps the article's shape: every heading, paragraph, list item,
 * block quote and table row on a line of its own, blocks separated by a blank line, list items marked "- ",
 * a {@code <br>} as a line break inside its paragraph and two of them as a paragraph break.
 */
final class ArticleText {

    private static final Set<String> ROWS = Set.of("tr");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean item;

    static List<String> paragraphs(List<Element> blocks) {
        ArticleText text = new ArticleText();
        for (Element block : blocks) {
            text.walk(block);
        }
        text.endParagraph();
        return text.paragraphs;
    }

    private void walk(Node root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return enter(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e.normalName()) && !e.nameIs("td") && !e.nameIs("th")) {
                    endParagraph();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private NodeFilter.FilterResult enter(Node node) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return NodeFilter.FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            if (line.toString().isBlank()) {
                endParagraph();
            } else {
                endLine();
            }
        } else if (tag.equals("pre")) {
            endParagraph();
            String pre = String.join("\n", e.wholeText().strip().lines().map(String::stripTrailing).toList());
            if (!pre.isBlank()) {
                paragraphs.add(pre);
            }
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        } else if (isBlock(tag)) {
            endParagraph();
            item |= tag.equals("li");
            if (tag.equals("td") || tag.equals("th")) {
                append(" ");
            }
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private static boolean isBlock(String tag) {
        return BlockStats.BLOCKS.contains(tag) || ROWS.contains(tag);
    }

    private void append(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean space = Character.isWhitespace(ch) || ch == '\u00a0';
            if (space) {
                if (!line.isEmpty() && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(ch);
            }
        }
    }

    private void endLine() {
        String l = line.toString().strip();
        line.setLength(0);
        if (l.isEmpty()) {
            return;
        }
        if (item) {
            l = "- " + l;
            item = false;
        }
        if (!paragraph.isEmpty()) {
            paragraph.append('\n');
        }
        paragraph.append(l);
    }

    private void endParagraph() {
        endLine();
        if (!paragraph.isEmpty()) {
            paragraphs.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
