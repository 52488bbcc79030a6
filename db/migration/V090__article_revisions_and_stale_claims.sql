-- Re-checking an article. The imported text stays frozen (article.body is revision 1); a re-check that finds
-- the published text changed appends the new text here as the next revision. Rows are never changed: the
-- application role may only insert, and the database refuses UPDATE, DELETE and TRUNCATE.
create table article_revision (
    article_revision_id bigint generated always as identity primary key,
    article_id          bigint      not null,
    revision            integer     not null,
    body                text        not null,
    language            varchar(2),
    fetched_by          varchar(64) not null,
    fetched_at          timestamptz not null,
    constraint fk_article_revision_article foreign key (article_id) references article (article_id),
    constraint uk_article_revision unique (article_id, revision),
    constraint ck_article_revision_number check (revision >= 2)
);
create trigger trg_article_revision_append_only
    before update or delete on article_revision
    for each row execute function refuse_history_change();
create trigger trg_article_revision_no_truncate before truncate on article_revision
    for each statement execute function refuse_history_change();

-- A claim's offsets point into one revision of its article's text: the latest for every claim a re-check could
-- place, the old one for a claim whose sentence is gone. A claim whose sentence changed or disappeared is stale
-- from the re-check on, with what the sentence said before and says now (null: removed).
alter table claim
    add column revision     integer     not null default 1,
    add column stale_since  timestamptz,
    add column stale_reason varchar(16),
    add column stale_before text,
    add column stale_after  text,
    add constraint ck_claim_stale_reason check (stale_reason in ('CHANGED', 'REMOVED')),
    add constraint ck_claim_stale_complete check ((stale_since is null) = (stale_reason is null));
create index idx_claim_stale on claim (stale_since) where stale_since is not null;
