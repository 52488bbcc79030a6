package org.claimdesk.publish.web;

import java.util.Optional;

import org.claimdesk.publish.PublicArchives;
import org.claimdesk.publish.PublicFactCheck;
import org.claimdesk.publish.PublicFactChecks;
import org.claimdesk.publish.PublicSourceCopy;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public face of a desk: plain server-rendered HTML and Atom, no Vaadin, no sign-in. An id that is not a
 * published article, whether unknown, unpublished or not a number, gets the same bare 404; so does a stored copy
 * that is not one of a published page's sources.
 */
@Controller
class FactCheckController {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private static final String ID = "[1-9][0-9]{0,17}";

    private final PublicFactChecks factChecks;
    private final PublicArchives archives;
    private final PublicPageWriter pages = new PublicPageWriter();
    private final ArchivePageWriter archivePages = new ArchivePageWriter();
    private final AtomFeedWriter feeds = new AtomFeedWriter();

    FactCheckController(PublicFactChecks factChecks, PublicArchives archives) {
        this.factChecks = factChecks;
        this.archives = archives;
    }

    @GetMapping("/fact-checks")
    ResponseEntity<String> list() {
        return ok(HTML, pages.list(factChecks.list(), factChecks.organization()));
    }

    @GetMapping("/fact-checks/feed.atom")
    ResponseEntity<String> feed() {
        return ok(ATOM, feeds.write(factChecks.feed(), factChecks.organization(), factChecks.feedUrl()));
    }

    @GetMapping("/fact-checks/{id}")
    ResponseEntity<String> page(@PathVariable String id) {
        Optional<PublicFactCheck> page = id.matches(ID) ? factChecks.page(Long.valueOf(id)) : Optional.empty();
        return page.map(p -> ok(HTML, pages.page(p))).orElseGet(this::notFound);
    }

    /** A source's stored copy, linked from the published page as "archived <date>". */
    @GetMapping("/fact-checks/{id}/archives/{archiveId}")
    ResponseEntity<String> archive(@PathVariable String id, @PathVariable String archiveId) {
        Optional<PublicSourceCopy> copy = id.matches(ID) && archiveId.matches(ID)
                ? archives.copy(Long.parseLong(id), Long.parseLong(archiveId)) : Optional.empty();
        return copy.map(c -> ok(HTML, archivePages.page(c))).orElseGet(this::notFound);
    }

    private ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(pages.notFound());
    }

    private static ResponseEntity<String> ok(MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(body);
    }
}
