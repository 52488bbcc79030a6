-- Evidence that cannot vanish: a snapshot of every cited source address, fetched in the background through the
-- same SSRF-safe fetcher as URL imports. Each row is both the snapshot and its job: PENDING until fetched,
-- ARCHIVED with the text, the compressed raw response and its SHA-256, or FAILED with the reason and, while
-- attempts remain, the time of the next try (exponential backoff). Workers take due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so several instances never fetch the same row at once.
create table source_archive (
    source_archive_id bigint generated always as identity primary key,
    url               varchar(2048) not null,
    status            varchar(16)   not null,
    requested_at      timestamptz   not null,
    attempts          integer       not null default 0,
    next_attempt_at   timestamptz,
    last_error        varchar(500),
    http_status       integer,
    content_type      varchar(200),
    sha256            char(64),
    text              text,
    raw_gzip          bytea,
    raw_bytes         integer,
    raw_truncated     boolean       not null default false,
    fetched_at        timestamptz,
    constraint ck_source_archive_status check (status in ('PENDING', 'ARCHIVED', 'FAILED'))
);
create index idx_source_archive_url on source_archive (url, requested_at desc);
create index idx_source_archive_due on source_archive (next_attempt_at) where next_attempt_at is not null;
