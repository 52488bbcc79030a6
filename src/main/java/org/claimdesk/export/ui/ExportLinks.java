package org.claimdesk.export.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.claimdesk.base.ui.ArticleToolbarItem;
import org.claimdesk.base.ui.Texts;
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
        HorizontalLayout links = new HorizontalLayout(new Span(Texts.t("export.links")));
        links.setId("export-links");
        links.setSpacing(true);
        links.addClassName("export-links");
        for (ExportFormat format : ExportFormat.values()) {
            Anchor link = new Anchor(download(articleId, format, false), format.label());
            link.setId("export-" + format.name().toLowerCase());
            link.getElement().setAttribute("download", format.fileName(articleId));
            links.add(link);
        }
        // the report is for reading: it opens in a new tab, and the download above stays
        Anchor preview = new Anchor(download(articleId, ExportFormat.HTML, true), Texts.t("export.preview"));
        preview.setId("preview-report");
        preview.setTarget("_blank");
        links.add(preview);
        return links;
    }

    /** Where the browser reached us: exported links start there when no public URL is configured. */
    static String site(com.vaadin.flow.server.VaadinRequest request) {
        return request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
                ? org.claimdesk.base.SiteAddress.of(servlet.getHttpServletRequest()) : null;
    }

    private DownloadHandler download(Long articleId, ExportFormat format, boolean inline) {
        return event -> {
            if (inline) {
                event.inline(format.fileName(articleId));
            } else {
                event.setFileName(format.fileName(articleId));
            }
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                exports.write(articleId, format, ExportService.Options.DEFAULT.at(site(event.getRequest())), out);
            }
        };
    }
}
