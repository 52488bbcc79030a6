package org.claimdesk.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The archive's table, {@code source_archive}: snapshots that are also their own jobs. */
@Component
class ArchiveStore {

    /** A due job taken by a worker: the row id and the address to fetch. */
    record Job(long id, String url, int attempts) {
    }

    private static final String COLUMNS = "source_archive_id, url, status, sha256, fetched_at, http_status, last_error, attempts";
    private static final RowMapper<SourceArchive> SNAPSHOT = ArchiveStore::snapshot;

    private final NamedParameterJdbcTemplate jdbc;

    ArchiveStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean recentlyRequested(String url, Instant since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from source_archive where url = :url"
                + " and requested_at >= :since and status <> 'FAILED')",
                new MapSqlParameterSource("url", url).addValue("since", Timestamp.from(since)), Boolean.class));
    }

    void insertPending(String url, Instant now) {
        jdbc.update("insert into source_archive (url, status, requested_at, next_attempt_at) values "
                + "(:url, 'PENDING', :now, :now)", new MapSqlParameterSource("url", url).addValue("now", Timestamp.from(now)));
    }

    /** The latest snapshot of each address. */
    List<SourceArchive> latestFor(Collection<String> urls) {
        return jdbc.query("select distinct on (url) " + COLUMNS + " from source_archive where url in (:urls)"
                + " order by url, requested_at desc, source_archive_id desc", new MapSqlParameterSource("urls", urls), SNAPSHOT);
    }

    Optional<ArchivedCopy> copy(long id) {
        return jdbc.query("select " + COLUMNS + ", content_type, text, raw_bytes, raw_truncated from source_archive"
                + " where source_archive_id = :id", new MapSqlParameterSource("id", id), (rs, i) -> new ArchivedCopy(
                        snapshot(rs, i), rs.getString("content_type"), rs.getString("text"),
                        (Integer) rs.getObject("raw_bytes"), rs.getBoolean("raw_truncated"))).stream().findFirst();
    }

    /**
     * Takes the next due job and leases it (its next attempt moves past the lease), so a crashed worker's job
     * is taken again later and two workers never take the same one.
     */
    @Transactional
    public Optional<Job> takeDue(Instant now, Instant leaseUntil) {
        Optional<Job> job = jdbc.query("select source_archive_id, url, attempts from source_archive"
                + " where next_attempt_at <= :now order by next_attempt_at limit 1 for update skip locked",
                new MapSqlParameterSource("now", Timestamp.from(now)),
                (rs, i) -> new Job(rs.getLong(1), rs.getString(2), rs.getInt(3))).stream().findFirst();
        job.ifPresent(j -> jdbc.update("update source_archive set next_attempt_at = :lease, attempts = attempts + 1"
                + " where source_archive_id = :id", new MapSqlParameterSource("id", j.id())
                .addValue("lease", Timestamp.from(leaseUntil))));
        return job.map(j -> new Job(j.id(), j.url(), j.attempts() + 1));
    }

    @Transactional
    public void archived(long id, int httpStatus, String contentType, String sha256, String text, byte[] rawGzip,
            int rawBytes, boolean truncated, Instant at) {
        jdbc.update("""
                update source_archive set status = 'ARCHIVED', next_attempt_at = null, last_error = null,
                    http_status = :status, content_type = :type, sha256 = :sha, text = :text, raw_gzip = :raw,
                    raw_bytes = :bytes, raw_truncated = :truncated, fetched_at = :at
                where source_archive_id = :id""", new MapSqlParameterSource("id", id).addValue("status", httpStatus)
                .addValue("type", limit(contentType, 200)).addValue("sha", sha256).addValue("text", text)
                .addValue("raw", rawGzip).addValue("bytes", rawBytes).addValue("truncated", truncated)
                .addValue("at", Timestamp.from(at)));
    }

    @Transactional
    public void failed(long id, Integer httpStatus, String error, Instant at, Instant retryAt) {
        jdbc.update("""
                update source_archive set status = 'FAILED', http_status = :status, last_error = :error,
                    fetched_at = :at, next_attempt_at = :retry
                where source_archive_id = :id""", new MapSqlParameterSource("id", id).addValue("status", httpStatus)
                .addValue("error", limit(error, 500)).addValue("at", Timestamp.from(at))
                .addValue("retry", retryAt == null ? null : Timestamp.from(retryAt)));
    }

    private static String limit(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static SourceArchive snapshot(ResultSet rs, int row) throws SQLException {
        Timestamp fetched = rs.getTimestamp("fetched_at");
        return new SourceArchive(rs.getLong("source_archive_id"), rs.getString("url"),
                ArchiveStatus.valueOf(rs.getString("status")), rs.getString("sha256"),
                fetched == null ? null : fetched.toInstant(), (Integer) rs.getObject("http_status"),
                rs.getString("last_error"), rs.getInt("attempts"));
    }
}
