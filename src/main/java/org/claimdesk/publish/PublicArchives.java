package org.claimdesk.publish;

import java.util.Optional;

import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.ArchiveStatus;
import org.claimdesk.archive.ArchivedCopy;
import org.claimdesk.base.NotFoundException;
import org.claimdesk.security.SystemActor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The stored copies of sources on a published fact-check page, for anyone: a copy is given only while the
 * article is published and only if its address is a source of a final verdict the page shows (a source cited
 * only by a reviewer's verdict, or by a verdict since corrected away, stays inside the desk). Any archived snapshot
 * of such an address qualifies, so a link printed before a later re-fetch still opens. Everything else is empty,
 * exactly as for an id that does not exist.
 */
@Service
public class PublicArchives {

    private final PublicFactChecks factChecks;
    private final ArchiveService archives;

    PublicArchives(PublicFactChecks factChecks, ArchiveService archives) {
        this.factChecks = factChecks;
        this.archives = archives;
    }

    /** No transaction of its own: the archive's "not found" would mark a surrounding one rollback-only. */
    @PreAuthorize("permitAll()")
    public Optional<PublicSourceCopy> copy(long articleId, long archiveId) {
        return factChecks.page(articleId).flatMap(page -> stored(archiveId)
                .filter(c -> c.snapshot().status() == ArchiveStatus.ARCHIVED)
                .filter(c -> page.citedUrls().contains(c.snapshot().url().strip()))
                .map(c -> new PublicSourceCopy(articleId, page.article().title(), page.organization(), c)));
    }

    private Optional<ArchivedCopy> stored(long archiveId) {
        try {
            return Optional.of(SystemActor.call(() -> archives.copy(archiveId)));
        } catch (NotFoundException unknown) {
            return Optional.empty();
        }
    }
}
