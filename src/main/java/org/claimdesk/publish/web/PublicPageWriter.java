package org.claimdesk.publish.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.claimdesk.archive.SourceArchive;
import org.claimdesk.publish.PublicFactCheck;
import org.claimdesk.publish.PublishedArticle;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public pages, built with jsoup's element API so every piece of stored text is escaped. The ClaimReview
 * JSON-LD arrives already escaped for a script element (see the export's ClaimReview writer).
 */
final class PublicPageWriter {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    String page(PublicFactCheck page) {
        var a = page.article();
        Document doc = shell("Fact-check: " + a.title(), page.organization());
        doc.head().appendElement("link").attr("rel", "canonical").attr("href", page.pageUrl());
        for (PublicFactCheck.Claim claim : page.claims()) {
            if (claim.claimReview() != null) {
                doc.head().appendElement("script").attr("type", "application/ld+json")
                        .appendChild(new DataNode(claim.claimReview()));
            }
        }
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text(a.title());
        Element meta = main.appendElement("p").addClass("meta");
        meta.appendText("Fact-checked by " + page.organization() + " · published " + DAY.format(page.publishedAt()));
        if (a.publisher() != null) {
            meta.appendText(" · article by " + a.publisher() + (a.author() == null ? "" : " (" + a.author() + ")"));
        }
        if (a.publishedOn() != null) {
            meta.appendText(" · " + a.publishedOn());
        }
        if (link(a.sourceUrl())) {
            meta.appendText(" · ").appendElement("a").attr("href", a.sourceUrl()).attr("rel", "noopener noreferrer")
                    .text("original article");
        }
        main.appendElement("p").text(page.claims().size() + (page.claims().size() == 1 ? " claim" : " claims")
                + " checked.");
        page.claims().forEach(claim -> claim(main, page, claim));
        return html(doc);
    }

    String list(List<PublishedArticle> articles, String organization) {
        Document doc = shell("Fact-checks by " + organization, organization);
        doc.head().appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("title", "Publications and corrections").attr("href", "/fact-checks/feed.atom");
        Element main = doc.body().appendElement("main");
        main.appendElement("h1").text("Fact-checks");
        main.appendElement("p").appendText("Publications and corrections as a feed: ")
                .appendElement("a").attr("href", "/fact-checks/feed.atom").text("Atom");
        if (articles.isEmpty()) {
            main.appendElement("p").text("Nothing is published yet.");
        }
        Element list = main.appendElement("ul").addClass("fact-checks");
        for (PublishedArticle a : articles) {
            Element item = list.appendElement("li");
            item.appendElement("a").attr("href", "/fact-checks/" + a.id()).text(a.title());
            item.appendText(" · " + (a.publisher() == null ? "" : a.publisher() + " · ") + DAY.format(a.publishedAt()));
        }
        return html(doc);
    }

    String notFound() {
        Document doc = shell("Not found", null);
        doc.body().appendElement("main").appendElement("h1").text("Not found");
        return html(doc);
    }

    private static void claim(Element main, PublicFactCheck page, PublicFactCheck.Claim claim) {
        DecisionView decision = claim.decision();
        Element box = main.appendElement("article").addClass("claim")
                .addClass("verdict-" + decision.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .attr("id", "claim-" + claim.claim().id());
        box.appendElement("blockquote").text(claim.claim().reviewedText());
        if (claim.claim().speaker() != null) {
            box.appendElement("p").addClass("speaker").text("Said by " + claim.claim().speaker());
        }
        if (decision.attribution() != null && claim.claim().speaker() != null) {
            Element attribution = box.appendElement("p").addClass("attribution");
            attribution.appendText(org.claimdesk.review.Attribution.question(claim.claim().speaker()) + " ")
                    .appendElement("strong").text(decision.attribution().label());
            attribution.appendText(" — " + decision.attribution().finding(claim.claim().speaker()));
            box.appendElement("p").addClass("question").text("Is it accurate?");
        }
        box.appendElement("p").addClass("verdict").appendElement("span").addClass("label")
                .text(decision.verdict().label()).parent().appendText(" — " + decision.verdict().definition());
        box.appendElement("p").addClass("rationale").text(decision.rationale());
        if (!decision.sources().isEmpty()) {
            Element list = box.appendElement("ul").addClass("sources");
            decision.sources().forEach(s -> source(list.appendElement("li"), s, page));
        }
        for (DecisionView d : claim.decisions()) {
            if (d.correction()) {
                box.appendElement("p").addClass("correction").text("Correction, " + DAY.format(d.createdAt()) + ": "
                        + d.correctionNote() + " (rated " + claim.decisions().get(d.revision() - 2).verdict().label()
                        + " before).");
            }
        }
        if (!claim.reviewers().isEmpty()) {
            box.appendElement("p").addClass("meta").text("Reviewed by " + String.join(", ", claim.reviewers()));
        }
        box.appendElement("p").addClass("meta").text("Checked " + DAY.format(first(claim.decisions())));
    }

    private static void source(Element item, Source s, PublicFactCheck page) {
        String title = s.title() == null || s.title().isBlank() ? s.url() : s.title();
        if (link(s.url())) {
            item.appendElement("a").attr("href", s.url()).attr("rel", "noopener noreferrer nofollow").text(title);
        } else {
            item.appendText(title);
        }
        item.appendText(" · " + s.stance().label() + (s.accessedOn() == null ? "" : " · accessed " + s.accessedOn()));
        SourceArchive archive = page.archiveOf(s);
        if (archive != null && archive.fetchedAt() != null) {
            item.appendText(" · ").appendElement("a").addClass("archived")
                    .attr("href", ArchivePageWriter.href(page.article().id(), archive.id()))
                    .text("archived " + DAY.format(archive.fetchedAt()));
        }
        if (s.quote() != null && !s.quote().isBlank()) {
            item.appendElement("div").addClass("quote").text("\u201c" + s.quote() + "\u201d");
        }
    }

    private static Instant first(List<DecisionView> decisions) {
        return decisions.getFirst().createdAt();
    }

    /** Only web addresses become links; anything else is shown as text. */
    private static boolean link(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    static Document shell(String title, String organization) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.selectFirst("html").attr("lang", "en");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title(title);
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/styles/fact-check.css");
        if (organization != null) {
            doc.body().appendElement("header").appendElement("a").attr("href", "/fact-checks").text(organization);
        }
        return doc;
    }

    static String html(Document doc) {
        return "<!DOCTYPE html>\n" + doc.html();
    }
}
