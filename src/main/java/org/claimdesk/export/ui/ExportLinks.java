package org.claimdesk.export.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.export.ExportFormat;
import org.claimdesk.export.ExportService;

/** The article view's download links, one per format, each streamed from the export service. */
@org.springframework.stereotype.Component
class ExportLinks implements ArticleToolbarItem {

    private final ExportService exports;

    ExportLinks(ExportService exports) {
        this.exports = exports;
    }

    @Override
    public Component create(Long articleId) {
        HorizontalLayout links = new HorizontalLayout(new Span("Export:"));
        links.setId("export-links");
        links.setSpacing(true);
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(download(articleId, format), format.label());
            link.setId("export-" + format.name().toLowerCase());
            link.getElement().setAttribute("download", format.fileName(articleId));
            links.add(link);
        }
        return links;
    }

    private DownloadHandler download(Long articleId, ExportFormat format) {
        return event -> {
            event.setFileName(format.fileName(articleId));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                exports.write(articleId, format, ExportService.Options.DEFAULT, out);
            }
        };
    }
}
