-- Changing an article's language re-splits its claims while no verdict exists on the article (issue 10).
--
-- The language is a column of the article that may change; every other column stays frozen. Keeping it on the
-- article (rather than in a side table) keeps the generated search vector in the article's current language.
-- The application role gets UPDATE on (language, version) only (R__app_role_grants.sql); the trigger below holds
-- the owner to the same rule, so the text, title and import facts are still never changed.
create or replace function refuse_article_body_change() returns trigger
language plpgsql as $$
begin
    if new.body is distinct from old.body then
        raise exception 'an imported article''s text is never changed (article %)', old.article_id
            using errcode = 'insufficient_privilege';
    end if;
    if (new.article_id, new.title, new.source_url, new.publisher, new.author, new.published_on, new.import_method,
            new.imported_by, new.imported_at)
        is distinct from (old.article_id, old.title, old.source_url, old.publisher, old.author, old.published_on,
            old.import_method, old.imported_by, old.imported_at) then
        raise exception 'an imported article is never changed except its language (article %)', old.article_id
            using errcode = 'insufficient_privilege';
    end if;
    return new;
end;
$$;

-- What happened to an article itself (today: its language changed, with the claims retired and created).
create table article_history (
    article_history_id bigint generated always as identity primary key,
    article_id         bigint      not null,
    action             varchar(32) not null,
    actor              varchar(64) not null,
    occurred_at        timestamptz not null,
    before_state       jsonb,
    after_state        jsonb,
    constraint fk_article_history_article foreign key (article_id) references article (article_id),
    constraint ck_article_history_action check (action in ('LANGUAGE_CHANGED'))
);
create index idx_article_history_article on article_history (article_id, article_history_id);
create trigger trg_article_history_append_only
    before update or delete on article_history
    for each row execute function refuse_history_change();
create trigger trg_article_history_no_truncate before truncate on article_history
    for each statement execute function refuse_history_change();

-- A claim retired by a re-split stays (its history points at it) but is no claim any more: every list, count,
-- queue, export and match leaves it out.
alter table claim
    add column retired_at timestamptz,
    add column retired_by varchar(64),
    add constraint ck_claim_retired_complete check ((retired_at is null) = (retired_by is null));
