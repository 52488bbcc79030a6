package org.claimdesk.archive;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.claimdesk.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Archives every cited source: a citation only queues the address (one insert in the citing transaction), and
 * {@link ArchiveWorker} fetches it in the background once that transaction has committed, so a slow or dead
 * site never delays the verdict's answer. Reading a stored copy needs a citation the reader may see.
 */
@Service
public class ArchiveService {

    private final ArchiveStore store;
    private final ArchiveSettings settings;
    private final ArchiveWorker worker;
    private final List<CitationAccess> access;
    private final Clock clock;

    ArchiveService(ArchiveStore store, ArchiveSettings settings, ArchiveWorker worker, List<CitationAccess> access,
            Clock clock) {
        this.store = store;
        this.settings = settings;
        this.worker = worker;
        this.access = access;
        this.clock = clock;
    }

    /** Queues a snapshot of each http(s) address not already archived (or on its way) in the reuse window. */
    @PreAuthorize("hasAnyRole('REVIEWER', 'EDITOR')")
    @Transactional
    public void request(Collection<String> urls) {
        Instant now = clock.instant();
        Set<String> distinct = urls.stream().filter(ArchiveService::web).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        boolean queued = false;
        for (String url : distinct) {
            if (!store.recentlyRequested(url, now.minus(Duration.ofHours(settings.reuseHours())))) {
                store.insertPending(url, now);
                queued = true;
            }
        }
        if (queued && TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.nudge();
                }
            });
        }
    }

    /** The latest snapshot of each address that has one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<String, SourceArchive> latest(Collection<String> urls) {
        Set<String> distinct = urls.stream().filter(ArchiveService::web).map(String::strip).collect(Collectors.toSet());
        return distinct.isEmpty() ? Map.of() : store.latestFor(distinct).stream()
                .collect(Collectors.toMap(SourceArchive::url, Function.identity()));
    }

    /** A stored copy; "not found" also when no citation of its address is visible to the reader (blind review). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ArchivedCopy copy(long id) {
        return store.copy(id).filter(c -> access.stream()
                        .anyMatch(a -> a.currentUserSeesACitationOf(c.snapshot().url())))
                .orElseThrow(() -> new NotFoundException("error.archive.not-found", id));
    }

    private static boolean web(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return (u.startsWith("http://") || u.startsWith("https://")) && u.length() <= 2048;
    }
}
