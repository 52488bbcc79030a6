package org.claimdesk.export.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Formats;
import org.claimdesk.base.ui.MainLayout;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;
import org.claimdesk.export.ExportDocument;
import org.claimdesk.export.ExportImporter;
import org.claimdesk.export.ExportService;
import org.claimdesk.security.CurrentUser;
import org.claimdesk.security.Role;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Bulk export of the articles approved in a date range; for admins, the import of a JSON export. */
@Route(value = "export", layout = MainLayout.class)
@PermitAll
public class ExportView extends VerticalLayout implements HasDynamicTitle {

    private final DatePicker from = Formats.localized(new DatePicker(getTranslation("export.from")));
    private final DatePicker to = Formats.localized(new DatePicker(getTranslation("export.until")));
    private final Select<ExportService.Bulk> format = new Select<>();
    private final Paragraph count = new Paragraph();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph progressText = new Paragraph();
    private volatile List<Long> chosen = List.of();
    private volatile ExportService.Bulk chosenFormat = ExportService.Bulk.ZIP;

    ExportView(ExportService exports, ExportImporter importer, JsonMapper json) {
        addClassName("page");
        from.setId("export-from");
        to.setId("export-to");
        from.setValue(LocalDate.now().minusMonths(1));
        to.setValue(LocalDate.now());
        format.setLabel(getTranslation("export.as"));
        format.setItems(ExportService.Bulk.values());
        format.setItemLabelGenerator(b -> getTranslation(b == ExportService.Bulk.ZIP ? "export.zip"
                : "export.ndjson"));
        format.setValue(ExportService.Bulk.ZIP);
        count.setId("export-count");
        Anchor download = new Anchor(bulk(exports), getTranslation("export.download"));
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        Runnable refresh = () -> choose(exports);
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        format.addValueChangeListener(e -> chosenFormat = e.getValue());
        HorizontalLayout range = new HorizontalLayout(from, to, format, download);
        range.setAlignItems(Alignment.BASELINE);
        progress.setId("export-progress");
        progress.setVisible(false);
        progress.setWidth("30rem");
        progressText.setId("export-progress-text");
        add(new H2(getTranslation("export.title")), range, count, progress, progressText);
        refresh.run();
        if (CurrentUser.hasRole(Role.ADMIN)) {
            add(new H2(getTranslation("export.import-title")), importer(importer, json));
        }
    }

    private void choose(ExportService exports) {
        if (from.getValue() == null || to.getValue() == null) {
            chosen = List.of();
            count.setText(getTranslation("export.choose-range"));
            return;
        }
        try {
            chosen = exports.approvedBetween(from.getValue().atStartOfDay().toInstant(ZoneOffset.UTC),
                    to.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
            count.setText(getTranslation(chosen.size() == 1 ? "export.count.one" : "export.count.many",
                    Formats.number(chosen.size())));
        } catch (InvalidInputException e) {
            chosen = List.of();
            count.setText(getTranslation("export.choose-range"));
        }
    }

    /** Streams the export; the page shows how many articles are written, polling while it runs. */
    private DownloadHandler bulk(ExportService exports) {
        return event -> {
            boolean zip = chosenFormat == ExportService.Bulk.ZIP;
            List<Long> ids = chosen;
            UI ui = event.getUI();
            event.setFileName("claimdesk-export." + (zip ? "zip" : "ndjson"));
            event.setContentType(zip ? "application/zip" : "application/x-ndjson");
            ui.access(() -> {
                progress.setVisible(true);
                progress.setValue(0);
                ui.setPollInterval(500);
            });
            try (OutputStream out = event.getOutputStream()) {
                exports.writeBulk(ids, chosenFormat, ExportLinks.site(event.getRequest()), out, done -> ui.access(() -> {
                    progress.setValue(ids.isEmpty() ? 1 : (double) done / ids.size());
                    progressText.setText(getTranslation("export.progress", Formats.number(done), Formats.number(ids.size())));
                }));
            } finally {
                ui.access(() -> {
                    progress.setValue(1);
                    progressText.setText(getTranslation("export.finished", Formats.number(ids.size())));
                    ui.setPollInterval(-1);
                });
            }
        };
    }

    private static Upload importer(ExportImporter importer, JsonMapper json) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> {
                try {
                    Long id = importer.importDocument(json.readValue(bytes, ExportDocument.class));
                    Notices.success(Texts.t("export.imported", id));
                    ui.navigate("articles/" + id);
                } catch (InvalidInputException e) {
                    Notices.error(Texts.message(e));
                } catch (JacksonException e) {
                    Notices.error(Texts.t("export.not-an-export"));
                }
            });
        }));
        upload.setId("import-export");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".json", "application/json");
        return upload;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.export") + " | ClaimDesk";
    }
}
