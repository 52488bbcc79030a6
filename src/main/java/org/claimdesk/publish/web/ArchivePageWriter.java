package org.claimdesk.publish.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.claimdesk.archive.SourceArchive;
import org.claimdesk.publish.PublicSourceCopy;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public page of a cited source's stored copy: what was fetched, when, with what answer and hash, then the
 * text read from it, one paragraph per line, as plain and printable as the fact-check itself. Search engines are
 * asked not to index it: it is someone else's page, kept as evidence, not ours to republish for search.
 */
final class ArchivePageWriter {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    static String href(long articleId, long archiveId) {
        return "/fact-checks/" + articleId + "/archives/" + archiveId;
    }

    String page(PublicSourceCopy source) {
        SourceArchive s = source.copy().snapshot();
        Document doc = PublicPageWriter.shell("Archived copy: " + s.url(), source.organization());
        doc.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        Element main = doc.body().appendElement("main").addClass("archived-copy");
        main.appendElement("h1").text("Archived copy of a source");
        main.appendElement("p").addClass("meta").appendText("Cited in the fact-check ")
                .appendElement("a").attr("href", "/fact-checks/" + source.articleId()).text(source.articleTitle());
        Element facts = main.appendElement("dl").addClass("archive-facts");
        fact(facts, "Address").appendElement("a").attr("href", s.url()).attr("rel", "noopener noreferrer nofollow")
                .text(s.url());
        fact(facts, "Fetched").text(WHEN.format(s.fetchedAt()));
        fact(facts, "HTTP status").text(s.httpStatus() == null ? "unknown" : String.valueOf(s.httpStatus()));
        if (source.copy().contentType() != null) {
            fact(facts, "Content type").text(source.copy().contentType());
        }
        fact(facts, "SHA-256").appendElement("code").addClass("sha256").text(s.sha256());
        main.appendElement("p").addClass("note").text("This is the text " + source.organization() + " read from the"
                + " page when it fetched it, without images, layout or links; the SHA-256 is that of the exact"
                + " response the site sent. The page may have changed since.");
        Element text = main.appendElement("section").addClass("archived-text");
        String body = source.copy().text() == null ? "" : source.copy().text();
        body.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(l -> text.appendElement("p").text(l));
        if (text.childrenSize() == 0) {
            text.appendElement("p").text("No text could be read from this copy.");
        }
        return PublicPageWriter.html(doc);
    }

    private static Element fact(Element facts, String name) {
        facts.appendElement("dt").text(name);
        return facts.appendElement("dd");
    }
}
