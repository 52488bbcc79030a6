package org.claimdesk.matching;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The matching feature's own table, {@code claim_match}: claim texts reduced to their stems by PostgreSQL's
 * full-text parser in the article's language (a GIN-indexed tsvector), ranked by {@code pg_trgm} similarity of
 * those stems. Callers hold the transaction.
 */
@Component
class MatchIndex {

    /** A claim found in the index, with its similarity to the query in [0, 1]. */
    record Hit(long claimId, long articleId, String text, double similarity) {
    }

    /** An indexed claim's language configuration and when it was indexed. */
    record Entry(long claimId, String config, Instant indexedAt) {
    }

    private static final String STEMS = "array_to_string(tsvector_to_array(to_tsvector(cast(:config as regconfig), :text)), ' ')";

    private final NamedParameterJdbcTemplate jdbc;

    MatchIndex(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> entries(long articleId) {
        return jdbc.query("select claim_id, config::text, indexed_at from claim_match where article_id = :a",
                new MapSqlParameterSource("a", articleId), (rs, i) -> new Entry(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()));
    }

    /** One claim's row: its configuration and when it was indexed (none: not indexed, e.g. dismissed). */
    Optional<Entry> entry(long claimId) {
        return jdbc.query("select claim_id, config::text, indexed_at from claim_match where claim_id = :c",
                new MapSqlParameterSource("c", claimId), (rs, i) -> new Entry(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).stream().findFirst();
    }

    /** The article of an indexed claim (claims never change article), without reading the article. */
    Optional<Long> articleOf(long claimId) {
        return jdbc.queryForList("select article_id from claim_match where claim_id = :c",
                new MapSqlParameterSource("c", claimId), Long.class).stream().findFirst();
    }

    /** The text-search configuration of an ISO 639-1 language, by the rule article search uses. */
    String configFor(String language) {
        return jdbc.queryForObject("select article_search_config(:l)::text", new MapSqlParameterSource("l", language),
                String.class);
    }

    void replaceArticle(long articleId, String config, List<Indexed> claims, Instant now) {
        jdbc.update("delete from claim_match where article_id = :a", new MapSqlParameterSource("a", articleId));
        MapSqlParameterSource[] rows = claims.stream().map(c -> new MapSqlParameterSource()
                .addValue("id", c.claimId()).addValue("a", articleId).addValue("config", config)
                .addValue("text", c.text()).addValue("at", Timestamp.from(now))).toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("insert into claim_match (claim_id, article_id, config, text, stems, indexed_at) values "
                + "(:id, :a, cast(:config as regconfig), :text, " + STEMS + ", :at)", rows);
    }

    /** A claim to index: its id and current text. */
    record Indexed(long claimId, String text) {
    }

    /**
     * Candidates first by the full-text index: claims sharing at least two of the query's stemmed words (an OR of
     * word pairs, exact through the GIN index on {@code lexemes}); then ranked by trigram similarity of the stems,
     * which tolerates what stemming leaves apart. One round trip: the stems and the tsquery are computed once, in
     * a materialised CTE read through scalar subqueries, so neither is recomputed for each candidate row (the
     * inlined CTE before stemmed the query text again for every candidate; a small saving: SQL p95 11.3 to 9.2 ms).
     * Most of what is left is the similarity recheck of about 200 candidate rows. An earlier pg_trgm GIN index scan
     * ({@code stems % query}) took p95 154 ms, measured before V160 removed the GIN pending list, so that figure
     * may be too high (not measured again).
     */
    List<Hit> similar(String text, String config, long excludedArticle, double threshold, int limit) {
        return jdbc.query(SIMILAR, params(text, config, excludedArticle, threshold, limit),
                (rs, i) -> new Hit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4)));
    }

    /** Longest stems first (the rarer, more telling ones), at most this many, so the query stays small. */
    static final int MAX_WORDS = 14;

    /**
     * {@code words}: the query's distinct stems, longest first; {@code q}: its stems as text and a tsquery that
     * matches texts sharing two of them ({@code 'a' & 'b' | 'a' & 'c' | ...}; a single stem stands alone), each
     * stem quoted as tsquery syntax wants (quotes doubled, backslashes escaped). No stem, no tsquery, no rows.
     */
    private static final String SIMILAR = """
            with words as (
                select w, '''' || replace(replace(w, '\\', '\\\\'), '''', '''''') || '''' as quoted
                from unnest(tsvector_to_array(to_tsvector(cast(:config as regconfig), :text))) w
                order by length(w) desc, w collate "C" limit %d),
            q as materialized (
                select array_to_string(tsvector_to_array(to_tsvector(cast(:config as regconfig), :text)), ' ') as stems,
                       cast(case when (select count(*) from words) = 1 then (select quoted from words)
                                 else (select string_agg(a.quoted || ' & ' || b.quoted, ' | ')
                                       from words a join words b on a.w collate "C" < b.w collate "C") end
                            as tsquery) as query)
            select m.claim_id, m.article_id, m.text, similarity(m.stems, (select stems from q)) as score
            from claim_match m
            where m.lexemes @@ (select query from q) and m.article_id <> :excluded
              and similarity(m.stems, (select stems from q)) >= :threshold
            order by score desc, m.claim_id desc
            limit :limit""".formatted(MAX_WORDS);

    private static MapSqlParameterSource params(String text, String config, long excludedArticle, double threshold,
            int limit) {
        return new MapSqlParameterSource().addValue("config", config)
                .addValue("text", text).addValue("excluded", excludedArticle).addValue("limit", limit)
                .addValue("threshold", threshold);
    }

    /** EXPLAIN (ANALYZE, BUFFERS) of the candidate query, for the benchmark's report. */
    List<String> explain(String text, String config, long excludedArticle, double threshold, int limit) {
        return jdbc.queryForList("explain (analyze, buffers) " + SIMILAR,
                params(text, config, excludedArticle, threshold, limit), String.class);
    }

    /**
     * The text-search configuration whose stop-word list removes the most words of the text: PostgreSQL's own
     * dictionaries tell the language (a text none of them recognises gets {@code simple}, which only lowercases).
     */
    String languageOf(String text) {
        String sample = text.length() > 5000 ? text.substring(0, 5000) : text;
        return Optional.ofNullable(jdbc.queryForObject("""
                with counts as (
                    select c::text as config, (select coalesce(sum(array_length(positions, 1)), 0)
                                               from unnest(to_tsvector(c, :text))) as kept
                    from unnest(cast(:configs as regconfig[])) c)
                select case when min(kept) = (select kept from counts where config = 'simple') then 'simple'
                            else (select config from counts order by kept, config limit 1) end
                from counts""", new MapSqlParameterSource().addValue("text", sample)
                .addValue("configs", LANGUAGES), String.class)).orElse("simple");
    }

    /** PostgreSQL 15's built-in stemming configurations, plus {@code simple} as the baseline. */
    private static final String LANGUAGES = "{simple,english,german,french,spanish,italian,portuguese,dutch,"
            + "swedish,danish,norwegian,finnish,russian,hungarian,romanian,turkish,indonesian,irish,lithuanian,"
            + "nepali,tamil,greek,arabic,armenian,basque,catalan,hindi,serbian,yiddish}";
}
