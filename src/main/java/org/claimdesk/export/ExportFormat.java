package org.claimdesk.export;

import java.util.Locale;

import org.claimdesk.base.InvalidInputException;

/** The six ways an article leaves ClaimDesk. */
public enum ExportFormat {
    CLAIMREVIEW("ClaimReview", "application/ld+json", "claimreview.jsonld"),
    JSON("JSON", "application/json", "json"),
    CSV("CSV", "text/csv; charset=UTF-8", "csv"),
    MARKDOWN("Markdown", "text/markdown; charset=UTF-8", "md"),
    HTML("Report", "text/html; charset=UTF-8", "html"),
    ANNOTATIONS("Web Annotations", "application/ld+json", "annotations.jsonld");

    private final String label;
    private final String contentType;
    private final String extension;

    ExportFormat(String label, String contentType, String extension) {
        this.label = label;
        this.contentType = contentType;
        this.extension = extension;
    }

    public String label() { return label; }
    public String contentType() { return contentType; }

    public String fileName(Long articleId) {
        return "claimdesk-article-" + articleId + "." + extension;
    }

    public static ExportFormat parse(String value) {
        try {
            return valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.api.export-format");
        }
    }
}
