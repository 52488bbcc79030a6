package org.claimdesk.article;

import java.util.Collection;
import java.util.List;

/**
 * Which articles a list wants. Every part is optional: {@code query} (full text), {@code importedBy},
 * {@code language} (ISO 639-1), {@code onlyIds} (null: any article) and {@code exceptIds}. Other features
 * (the claims' progress) narrow the list through the two id sets, so no query here reads their tables.
 */
public record ArticleFilter(String query, String importedBy, String language, Collection<Long> onlyIds,
        Collection<Long> exceptIds) {

    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null, List.of());

    public ArticleFilter {
        query = query == null ? "" : query.strip();
        importedBy = importedBy == null || importedBy.isBlank() ? null : importedBy;
        language = language == null || language.isBlank() ? null : language;
        exceptIds = exceptIds == null ? List.of() : List.copyOf(exceptIds);
        onlyIds = onlyIds == null ? null : List.copyOf(onlyIds);
    }

    /** Ids are positive: -1 stands in for "none", since SQL has no empty IN list. */
    Collection<Long> onlyPadded() {
        return onlyIds == null || onlyIds.isEmpty() ? List.of(-1L) : onlyIds;
    }

    Collection<Long> exceptPadded() {
        return exceptIds.isEmpty() ? List.of(-1L) : exceptIds;
    }
}
