package org.claimdesk.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

import org.claimdesk.article.PageReader;
import org.claimdesk.base.BackgroundPoller;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.security.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Fetches due snapshots on one background thread: when a citation commits ({@link #nudge()}) and every
 * {@code poll-millis} for retries. Runs as the system user through the same guarded page reader as imports.
 * A failure is stored at once (status FAILED) and retried after 1, 4, 16 ... times {@code retry-base-millis}.
 */
@Component
class ArchiveWorker implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveWorker.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final ArchiveStore store;
    private final PageReader pages;
    private final ArchiveSettings settings;
    private final Clock clock;
    private final BackgroundPoller poller = new BackgroundPoller("source-archive", this::drain);

    ArchiveWorker(ArchiveStore store, PageReader pages, ArchiveSettings settings, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.settings = settings;
        this.clock = clock;
    }

    void nudge() {
        poller.nudge();
    }

    /** Works through every due job; each job's failure is its own and never stops the others. */
    void drain() {
        try {
            Optional<ArchiveStore.Job> job;
            while ((job = store.takeDue(clock.instant(), clock.instant().plus(LEASE))).isPresent()) {
                fetch(job.get());
            }
        } catch (RuntimeException e) {
            LOG.warn("Source archiving paused until the next poll: {}", e.toString());
        }
    }

    private void fetch(ArchiveStore.Job job) {
        try {
            PageReader.Fetched page = SystemActor.call(() -> pages.read(job.url()));
            byte[] raw = page.body();
            boolean truncated = raw.length > settings.maxRawBytes();
            store.archived(job.id(), 200, page.contentType(), sha256(raw), page.text(),
                    gzip(raw, Math.min(raw.length, settings.maxRawBytes())), raw.length, truncated, clock.instant());
        } catch (InvalidInputException e) {
            // the site's own answer, when that is the refusal (typed, not read back out of the English text)
            Integer status = e.key().equals("error.fetch.http-status") ? (Integer) e.args()[0] : null;
            Instant retry = job.attempts() >= settings.maxAttempts() ? null : clock.instant()
                    .plusMillis(settings.retryBaseMillis() << (2 * (job.attempts() - 1)));
            store.failed(job.id(), status, e.getMessage(),
                    clock.instant(), retry);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] raw, int length) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw, 0, length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void start() {
        if (settings.enabled()) {
            poller.start(settings.pollMillis());
        }
    }

    @Override
    public void stop() {
        poller.stop();
    }

    @Override
    public boolean isRunning() {
        return poller.running();
    }
}
