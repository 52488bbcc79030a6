-- An editor publishes an article's review to its public page, and may take it down again. Each is a row of its
-- own and nothing is overwritten: an article is public while its latest row says PUBLISHED.
create table publication_history (
    publication_history_id bigint generated always as identity primary key,
    article_id             bigint      not null,
    action                 varchar(16) not null,
    actor                  varchar(64) not null,
    occurred_at            timestamptz not null,
    constraint fk_publication_history_article foreign key (article_id) references article (article_id),
    constraint ck_publication_history_action check (action in ('PUBLISHED', 'UNPUBLISHED'))
);
create index idx_publication_history_article on publication_history (article_id, publication_history_id);
create trigger trg_publication_history_append_only
    before update or delete on publication_history
    for each row execute function refuse_history_change();
