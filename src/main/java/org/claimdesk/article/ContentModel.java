package org.claimdesk.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Finds the article in a page by evidence, in the manner of Readability: every paragraph-like block scores by
 * its length and commas; the score flows to its parent and, weaker, to further ancestors; a container's score
 * is then discounted by its link density. The best container wins, moved up to a common ancestor when several
 * strong candidates share one, and its siblings join when they score close to it or read as prose. No class or
 * id name ever removes anything; the page's own semantic markup (article, main, itemprop=articleBody, nav,
 * aside, footer) only nudges the scores.
 */
final class ContentModel {

    private static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "form", "center",
            "span", "font", "blockquote", "dd", "li", "td", "body");

    private final BlockStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    ContentModel(BlockStats stats) {
        this.stats = stats;
    }

    /** The element holding the article, or null when nothing on the page reads as prose. */
    Element articleRoot(Element body) {
        for (Element e : body.getAllElements()) {
            score(e);
        }
        List<Element> ranked = new ArrayList<>(scores.keySet());
        for (Element e : ranked) {
            scores.put(e, scores.get(e) * (1 - stats.of(e).linkDensity()));
        }
        ranked.sort(Comparator.comparingDouble((Element e) -> scores.get(e)).reversed());
        if (ranked.isEmpty()) {
            return null;
        }
        Element top = commonAncestor(ranked);
        top = climb(top, body);
        return top;
    }

    double scoreOf(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    private void score(Element e) {
        String tag = e.normalName();
        BlockStats.Counts c = stats.of(e);
        Element anchor;
        int length;
        int commas;
        if (SCORED.contains(tag) || CONTAINERS.contains(tag) && !c.hasBlock && !tag.equals("body")) {
            anchor = e.parent();
            length = c.text;
            commas = c.commas;
        } else if (CONTAINERS.contains(tag) && c.own >= 25) {
            anchor = e;
            length = c.own;
            commas = c.ownCommas;
        } else {
            return;
        }
        if (length < 25 || anchor == null) {
            return;
        }
        double points = 1 + commas + Math.min(length / 100, 3);
        Element target = anchor;
        for (int level = 0; level < 5 && target != null && !target.nameIs("html"); level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(target, initial(target) + points / divider, (old, add) -> old + points / divider);
            target = target.parent();
        }
    }

    /** A container's starting score: its kind of element and the page's own semantic marking of it. */
    private static double initial(Element e) {
        double base = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        String role = e.attr("role");
        if (e.attr("itemprop").contains("articleBody") || role.equals("main") || e.nameIs("article")) {
            base += 10;
        }
        if (e.nameIs("nav") || e.nameIs("aside") || e.nameIs("footer") || role.equals("navigation")
                || role.equals("complementary") || role.equals("contentinfo") || role.equals("dialog")) {
            base -= 25;
        }
        return base;
    }

    /** When three or more strong runners-up sit under one ancestor of the best, that ancestor is the article. */
    private Element commonAncestor(List<Element> ranked) {
        Element top = ranked.get(0);
        double best = scores.get(top);
        List<Element> close = ranked.stream().skip(1).limit(4).filter(e -> scores.get(e) >= best * 0.75).toList();
        if (close.size() < 3) {
            return top;
        }
        for (Element p = top.parent(); p != null && !p.nameIs("body"); p = p.parent()) {
            Element ancestor = p;
            long under = close.stream().filter(e -> e.parents().contains(ancestor)).count();
            if (under >= 3) {
                return ancestor;
            }
        }
        return top;
    }

    /** Moves up while a parent scores better, and past wrappers that only hold the candidate. */
    private Element climb(Element top, Element body) {
        double last = scoreOf(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double ps = scores.get(p);
            if (ps < threshold) {
                break;
            }
            if (ps > last) {
                top = p;
                break;
            }
            last = ps;
        }
        while (top.parent() != null && top.parent() != body && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    /** The candidate and those of its siblings that score near it or read as prose, in page order. */
    List<Element> withSiblings(Element top) {
        if (top.parent() == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, scoreOf(top) * 0.2);
        List<Element> kept = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            boolean sameKind = sibling != top && sameKind(sibling, top);
            double bonus = sameKind ? scoreOf(top) * 0.2 : 0;
            if (sibling == top || scoreOf(sibling) + bonus >= threshold || sibling.nameIs("p") && prose(sibling)
                    || sameKind && prose(sibling)) {
                kept.add(sibling);
            }
        }
        return kept;
    }

    /** The page built both blocks alike: the same element with mostly the same classes. */
    private static boolean sameKind(Element a, Element b) {
        Set<String> x = a.classNames();
        Set<String> y = b.classNames();
        if (!a.normalName().equals(b.normalName()) || x.isEmpty() || y.isEmpty()) {
            return false;
        }
        long common = x.stream().filter(y::contains).count();
        return common * 2 >= x.size() + y.size() - common;
    }

    /** A paragraph, or a block of paragraphs, of real prose: long enough, few links, or a short sentence. */
    private boolean prose(Element e) {
        BlockStats.Counts c = stats.of(e);
        double density = c.linkDensity();
        if (!e.nameIs("p")) {
            return c.paragraphs > 0 && c.text > 80 && density < 0.25 && paragraphShare(e) >= 0.6;
        }
        return c.text > 80 && density < 0.25
                || c.text > 0 && c.text <= 80 && density == 0 && e.text().matches("(?s).*\\.( .*|$)");
    }

    private double paragraphShare(Element e) {
        int inParagraphs = 0;
        for (Element p : e.select("p")) {
            inParagraphs += stats.of(p).text;
        }
        return (double) inParagraphs / Math.max(1, stats.of(e).text);
    }
}
