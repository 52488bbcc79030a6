package org.claimdesk.desk.ui;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.claimdesk.archive.ArchiveService;
import org.claimdesk.archive.ArchiveStatus;
import org.claimdesk.archive.ArchivedCopy;
import org.claimdesk.archive.SourceArchive;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.Texts;

/**
 * Beside a cited source: "archived <date>" with a link to the stored copy (streamed from the archive service
 * under its own visibility rules, as {@code GET /api/v1/archives/{id}} is), "archiving…" while pending, or
 * "archive failed" with the reason as a tooltip.
 */
final class ArchiveMark {

    private ArchiveMark() {
    }

    /** Marks for the given addresses, read in one query; an address without a snapshot gets none. */
    static Function<String, Component> forSources(ArchiveService archives, Collection<String> urls) {
        if (archives == null || urls.isEmpty()) { // most claims cite nothing yet: no transaction for them
            return url -> null;
        }
        Map<String, SourceArchive> latest = archives.latest(urls);
        return url -> url == null || !latest.containsKey(url.strip()) ? null : of(latest.get(url.strip()), archives);
    }

    static Component of(SourceArchive a, ArchiveService archives) {
        Span mark = new Span();
        mark.addClassName("archive-mark");
        if (a.status() == ArchiveStatus.ARCHIVED) {
            mark.add(new Span(" · " + Texts.t("archive.archived", Formats.dateTime(a.fetchedAt())) + " "));
            Anchor copy = new Anchor(download(a.id(), archives), Texts.t("archive.copy"));
            copy.setTarget(AnchorTarget.BLANK);
            copy.getElement().setAttribute("title", "SHA-256 " + a.sha256());
            copy.addClassName("archive-link");
            mark.add(copy);
        } else if (a.status() == ArchiveStatus.PENDING) {
            mark.add(new Span(" · " + Texts.t("archive.pending")));
        } else {
            Span failed = new Span(" · " + Texts.t("archive.failed"));
            failed.getElement().setAttribute("title", a.error() == null ? "" : a.error());
            mark.add(failed);
        }
        return mark;
    }

    private static DownloadHandler download(long id, ArchiveService archives) {
        return event -> {
            ArchivedCopy copy = archives.copy(id);
            event.inline("archived-source-" + id + ".txt");
            event.setContentType("text/plain; charset=utf-8");
            String text = "Archived copy of " + copy.snapshot().url() + "\nfetched " + copy.snapshot().fetchedAt()
                    + ", HTTP " + copy.snapshot().httpStatus() + ", SHA-256 " + copy.snapshot().sha256() + "\n\n"
                    + (copy.text() == null ? "" : copy.text());
            try (OutputStream out = event.getOutputStream()) {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            }
        };
    }
}
