-- An imported article is a frozen snapshot: claims point into its body by character offsets,
-- so the database refuses any change to the body once stored.
create table article (
    article_id    bigint generated always as identity primary key,
    title         varchar(500)  not null,
    body          text          not null,
    source_url    varchar(2048),
    publisher     varchar(200),
    author        varchar(200),
    published_on  date,
    import_method varchar(16)   not null,
    imported_by   varchar(64)   not null,
    imported_at   timestamptz   not null,
    version       bigint        not null default 0,
    -- Title words weigh more; the body's vector is stripped of positions so a 1 MB text fits a tsvector.
    search_vector tsvector generated always as (
        setweight(to_tsvector('english', title), 'A') || strip(to_tsvector('english', body))) stored,
    constraint ck_article_import_method check (import_method in ('PASTE', 'FILE', 'URL', 'DEMO', 'RESTORE'))
);
create index idx_article_search on article using gin (search_vector);
create index idx_article_imported_at on article (imported_at desc);

create function refuse_article_body_change() returns trigger
language plpgsql as $$
begin
    if new.body is distinct from old.body then
        raise exception 'an imported article''s text is never changed (article %)', old.article_id
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;
create trigger trg_article_body_frozen
    before update on article
    for each row execute function refuse_article_body_change();

-- Claims and their history use sequences stepping by 50, so Hibernate can batch the inserts of a long article.
create sequence claim_seq increment by 50;
create sequence claim_history_seq increment by 50;

create table claim (
    claim_id                   bigint       primary key default nextval('claim_seq'),
    article_id                 bigint       not null,
    start_offset               integer      not null,
    end_offset                 integer      not null,
    short_form                 text,
    speaker                    varchar(200),
    checkworthiness            varchar(16)  not null,
    checkworthiness_reason     varchar(300) not null,
    checkworthiness_overridden boolean      not null default false,
    dismissed                  boolean      not null default false,
    merged_into                bigint,
    status                     varchar(16)  not null default 'OPEN',
    text_changed_at            timestamptz  not null,
    version                    bigint       not null default 0,
    constraint fk_claim_article foreign key (article_id) references article (article_id),
    constraint fk_claim_merged_into foreign key (merged_into) references claim (claim_id),
    constraint ck_claim_offsets check (start_offset >= 0 and end_offset > start_offset),
    constraint ck_claim_checkworthiness check (checkworthiness in ('FACTUAL', 'OPINION', 'PREDICTION', 'QUESTION')),
    constraint ck_claim_status check (status in ('OPEN', 'IN_REVIEW', 'NEEDS_DECISION', 'APPROVED'))
);
create index idx_claim_article on claim (article_id, start_offset);

create table claim_history (
    claim_history_id bigint      primary key default nextval('claim_history_seq'),
    claim_id         bigint      not null,
    article_id       bigint      not null,
    action           varchar(32) not null,
    actor            varchar(64) not null,
    occurred_at      timestamptz not null,
    before_state     jsonb,
    after_state      jsonb,
    constraint fk_claim_history_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_claim_history_article foreign key (article_id) references article (article_id)
);
create index idx_claim_history_claim on claim_history (claim_id, claim_history_id);
create index idx_claim_history_article on claim_history (article_id, claim_history_id);
create trigger trg_claim_history_append_only
    before update or delete on claim_history
    for each row execute function refuse_history_change();
