package org.claimdesk.publish.web;

import java.util.Optional;

import org.claimdesk.publish.PublicFactCheck;
import org.claimdesk.publish.PublicFactChecks;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public face of a desk: plain server-rendered HTML and Atom, no Vaadin, no sign-in. An id that is not a
 * published article, whether unknown, unpublished or not a number, gets the same bare 404.
 */
@Controller
class FactCheckController {

    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final PublicFactChecks factChecks;
    private final PublicPageWriter pages = new PublicPageWriter();
    private final AtomFeedWriter feeds = new AtomFeedWriter();

    FactCheckController(PublicFactChecks factChecks) {
        this.factChecks = factChecks;
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
        Optional<PublicFactCheck> page = id.matches("[1-9][0-9]{0,17}") ? factChecks.page(Long.valueOf(id))
                : Optional.empty();
        return page.map(p -> ok(HTML, pages.page(p)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(pages.notFound()));
    }

    private static ResponseEntity<String> ok(MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(body);
    }
}
