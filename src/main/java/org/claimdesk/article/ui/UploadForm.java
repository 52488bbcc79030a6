package org.claimdesk.article.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.claimdesk.article.ArticleImportService;
import org.claimdesk.article.ArticleService;
import org.claimdesk.article.ArticleSnapshot;
import org.claimdesk.article.ImportMethod;
import org.claimdesk.base.InvalidInputException;
import org.claimdesk.base.ui.Notices;
import org.claimdesk.base.ui.Texts;

/** One .txt, .md or .html file; HTML keeps only the article body; what was found is confirmed before saving. */
class UploadForm extends VerticalLayout {

    final DraftForm confirm;

    UploadForm(ArticleImportService importer, ArticleService articles, Consumer<ArticleSnapshot> onImported) {
        setPadding(false);
        confirm = new DraftForm(articles, ImportMethod.FILE, "file", onImported);
        confirm.setVisible(false);
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> {
                try {
                    confirm.show(importer.readFile(metadata.fileName(), bytes));
                } catch (InvalidInputException e) {
                    Notices.error(Texts.message(e));
                }
            });
        }));
        upload.setId("upload-article");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(5 * 1024 * 1024);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown",
                "text/html");
        upload.addFileRejectedListener(e -> Notices.error(e.getErrorMessage()));
        add(new Paragraph(getTranslation("import.upload-help")), upload, confirm);
    }
}
