package org.claimdesk.archive.api;

import java.time.Instant;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.ArchivedCopy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stored copy of a cited source, for anyone who may see a verdict or decision citing it. */
@RestController
@RequestMapping("/api/v1")
class ArchiveApiController {

    private final ArchiveService archives;

    ArchiveApiController(ArchiveService archives) {
        this.archives = archives;
    }

    record ArchiveJson(long id, String url, String status, String sha256, Instant fetchedAt, Integer httpStatus,
            String contentType, Integer rawBytes, boolean rawTruncated, String error, String text) {
        static ArchiveJson of(ArchivedCopy c) {
            var s = c.snapshot();
            return new ArchiveJson(s.id(), s.url(), s.status().name(), s.sha256(), s.fetchedAt(), s.httpStatus(),
                    c.contentType(), c.rawBytes(), c.rawTruncated(), s.error(), c.text());
        }
    }

    @GetMapping("/archives/{id}")
    ArchiveJson get(@PathVariable long id) {
        return ArchiveJson.of(archives.copy(id));
    }
}
