package org.claimdesk.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.claimdesk.base.WebAddress;
import org.claimdesk.review.ClaimReview;
import org.claimdesk.review.DecisionView;
import org.claimdesk.review.Source;
import org.claimdesk.review.VerdictType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A printable HTML report built with jsoup's element API, so every piece of user text is escaped. Its print
 * stylesheet makes the browser's "Save as PDF" a clean document.
 */
final class HtmlReportWriter {

    private static final String STYLE = """
            body { font: 16px/1.55 Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
            h1 { font-size: 1.8rem; margin-bottom: .2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2rem; }
            .meta { color: #555; font-size: .9rem; } table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2rem .6rem; }
            .article p { margin: .5rem 0; } .marker { font-size: .7rem; font-weight: bold; color: #0b57d0; vertical-align: super; }
            .claim { border-left: 4px solid #888; padding: .2rem .8rem; margin: 1rem 0; page-break-inside: avoid; }
            .verdict-supported { border-color: #1f7a3a; } .verdict-disputed { border-color: #b3261e; } .verdict-misleading { border-color: #b36b00; }
            .label { font-weight: bold; } .correction { background: #fff4d6; padding: .3rem .6rem; } .quote { font-style: italic; color: #333; }
            @media print { body { margin: 0; max-width: none; font-size: 11pt; } a { color: inherit; } a[href]::after { content: " (" attr(href) ")"; font-size: 9pt; color: #555; } h2 { page-break-after: avoid; } }
            """;

    void write(ExportData data, OutputStream out) throws IOException {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true);
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        doc.title("Fact-check: " + data.article().title());
        doc.head().appendElement("style").appendChild(new org.jsoup.nodes.DataNode(STYLE));
        Element body = doc.body();
        body.appendElement("h1").text(data.article().title());
        body.appendElement("p").addClass("meta").text(meta(data));
        summary(body.appendElement("section"), data);
        article(body.appendElement("section").addClass("article"), data);
        Element claims = body.appendElement("section");
        claims.appendElement("h2").text("Claims");
        data.claims().forEach(claim -> claim(claims, claim));
        out.write(("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String meta(ExportData data) {
        var a = data.article();
        StringBuilder meta = new StringBuilder("Fact-checked by " + data.organization());
        if (a.publisher() != null) {
            meta.append(" · published by ").append(a.publisher());
        }
        if (a.author() != null) {
            meta.append(" · by ").append(a.author());
        }
        if (a.publishedOn() != null) {
            meta.append(" · ").append(a.publishedOn());
        }
        if (a.sourceUrl() != null) {
            meta.append(" · ").append(a.sourceUrl());
        }
        return meta.toString();
    }

    private static void summary(Element section, ExportData data) {
        section.appendElement("h2").text("Summary");
        Element table = section.appendElement("table");
        table.appendElement("tr").appendElement("th").text("Final verdict").parent().appendElement("th").text("Claims");
        for (VerdictType type : VerdictType.values()) {
            table.appendElement("tr").appendElement("td").text(type.label()).parent().appendElement("td")
                    .text(String.valueOf(data.summary().finalVerdicts().getOrDefault(type, 0)));
        }
        // the verdict chart (review/VerdictChart: escaped SVG text, parsed here as one inline <svg>)
        section.appendElement("figure").addClass("verdict-chart").append(org.claimdesk.review.VerdictChart.chart(
                "Final verdicts", org.claimdesk.review.VerdictMix.of(data.summary())));
        section.appendElement("p").text(data.summary().approved() + " of " + data.summary().claims() + " claims approved."
                + (data.summary().agreementSentence() == null ? "" : " " + data.summary().agreementSentence()));
    }

    private static void article(Element section, ExportData data) {
        section.appendElement("h2").text("Article");
        String text = data.article().text();
        Element paragraph = section.appendElement("p");
        int at = 0;
        for (ClaimReview claim : data.claims()) {
            paragraph = appendText(section, paragraph, text.substring(at, claim.claim().start()));
            paragraph.appendElement("span").addClass("marker").text("[" + claim.claim().ordinal() + "]");
            paragraph.appendText(text.substring(claim.claim().start(), claim.claim().end()));
            at = claim.claim().end();
        }
        appendText(section, paragraph, text.substring(at));
    }

    /** Appends text, opening a new paragraph at each line break; answers the paragraph written last. */
    private static Element appendText(Element section, Element paragraph, String text) {
        String[] lines = text.split("\n", -1);
        Element current = paragraph;
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                current = section.appendElement("p");
            }
            current.appendText(lines[i]);
        }
        return current;
    }

    private static void claim(Element section, ClaimReview claim) {
        DecisionView decision = claim.decision();
        Element box = section.appendElement("div").addClass("claim").attr("id", "claim-" + claim.claim().id());
        if (decision != null) {
            box.addClass("verdict-" + decision.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        box.appendElement("h3").text(claim.claim().ordinal() + ". " + claim.claim().reviewedText());
        if (claim.claim().speaker() != null) {
            box.appendElement("p").text("Speaker: " + claim.claim().speaker());
        }
        if (decision == null) {
            box.appendElement("p").text(claim.claim().dismissed() ? "Not a claim." : "No final verdict yet ("
                    + claim.claim().status().label().toLowerCase(Locale.ROOT) + ").");
            return;
        }
        box.appendElement("p").appendElement("span").addClass("label").text(decision.verdict().label()).parent()
                .appendText(" — decided by " + decision.editor() + " on " + decision.createdAt().toString().substring(0, 10));
        if (decision.attribution() != null && claim.claim().speaker() != null) {
            box.appendElement("p").text("Attribution: " + decision.attribution().finding(claim.claim().speaker()));
        }
        box.appendElement("p").text(decision.rationale());
        Element list = box.appendElement("ul");
        for (Source s : decision.sources()) {
            Element item = list.appendElement("li");
            if (WebAddress.isWeb(s.url())) {
                item.appendElement("a").attr("href", s.url()).attr("rel", "noopener noreferrer").text(s.title());
            } else { // smuggled past the rules (javascript:, data:, ...): shown as inert text, never a link
                item.appendElement("span").text(s.title() + " (" + s.url() + ")");
            }
            item.appendText(" · " + s.stance().label() + " · accessed " + s.accessedOn());
            if (s.quote() != null) {
                item.appendElement("div").addClass("quote").text("“" + s.quote() + "”");
            }
        }
        if (decision.correctionNote() != null) {
            box.appendElement("p").addClass("correction").text("Correction: " + decision.correctionNote());
        }
    }
}
