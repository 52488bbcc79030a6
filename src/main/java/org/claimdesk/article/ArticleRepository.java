package org.claimdesk.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    boolean existsByImportMethod(ImportMethod method);

    /** SELECT ... FOR UPDATE: one language change of an article at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Article a where a.id = :id")
    java.util.Optional<Article> lockById(Long id);

    @Query(value = """
            select a.article_id as id, a.title, a.publisher, a.source_url as sourceUrl,
                   a.imported_by as importedBy, a.imported_at as importedAt
            from article a
            where a.search_vector @@ websearch_to_tsquery(article_search_config(a.language), :query)
              and (cast(:importedBy as text) is null or a.imported_by = cast(:importedBy as text))
            order by ts_rank(a.search_vector, websearch_to_tsquery(article_search_config(a.language), :query)) desc, a.imported_at desc
            limit :limit offset :offset""", nativeQuery = true)
    List<ArticleSummary> search(String query, String importedBy, int limit, long offset);

    @Query(value = """
            select count(*) from article a where a.search_vector @@ websearch_to_tsquery(article_search_config(a.language), :query)
              and (cast(:importedBy as text) is null or a.imported_by = cast(:importedBy as text))""", nativeQuery = true)
    long countMatches(String query, String importedBy);

    org.springframework.data.domain.Page<Article> findByImportedBy(String importedBy,
            org.springframework.data.domain.Pageable page);

    long countByImportedBy(String importedBy);

    /** {@link ArticleFilter}: full text (best match first) or newest first, with every optional narrowing. */
    @Query(value = """
            select a.article_id as id, a.title, a.publisher, a.source_url as sourceUrl,
                   a.imported_by as importedBy, a.imported_at as importedAt
            from article a
            where """ + FILTER + """
            order by case when :query = '' then 0
                     else ts_rank(a.search_vector, websearch_to_tsquery(article_search_config(a.language), :query)) end desc,
                     a.imported_at desc, a.article_id desc
            limit :limit offset :offset""", nativeQuery = true)
    List<ArticleSummary> filtered(String query, String importedBy, String language, boolean anyId,
            java.util.Collection<Long> onlyIds, java.util.Collection<Long> exceptIds, int limit, long offset);

    @Query(value = "select count(*) from article a where " + FILTER, nativeQuery = true)
    long countFiltered(String query, String importedBy, String language, boolean anyId,
            java.util.Collection<Long> onlyIds, java.util.Collection<Long> exceptIds);

    String FILTER = """
            (:query = '' or a.search_vector @@ websearch_to_tsquery(article_search_config(a.language), :query))
              and (cast(:importedBy as text) is null or a.imported_by = cast(:importedBy as text))
              and (cast(:language as text) is null or a.language = cast(:language as text))
              and (:anyId or a.article_id in (:onlyIds))
              and a.article_id not in (:exceptIds)
            """;

    @Query("select distinct a.language from Article a where a.language is not null order by a.language")
    List<String> languages();

    @Query("select distinct a.importedBy from Article a order by a.importedBy")
    List<String> importers();

    /** [id, title] of many articles, without their texts. */
    @Query("select a.id, a.title from Article a where a.id in :ids")
    List<Object[]> titles(java.util.Collection<Long> ids);
}
