-- A discussion per claim between its reviewers and the editor. A comment is history: once posted it is never
-- edited or deleted (the triggers refuse UPDATE, DELETE and TRUNCATE, as on every *_history table).
create table comment_history (
    comment_history_id bigint generated always as identity primary key,
    claim_id           bigint       not null,
    article_id         bigint       not null,
    author             varchar(64)  not null,
    text               text         not null,
    created_at         timestamptz  not null,
    constraint fk_comment_history_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_comment_history_article foreign key (article_id) references article (article_id),
    constraint ck_comment_history_text check (length(text) between 1 and 4000)
);
create index idx_comment_history_claim on comment_history (claim_id);
create index idx_comment_history_article on comment_history (article_id);
create trigger trg_comment_history_append_only
    before update or delete on comment_history
    for each row execute function refuse_history_change();
create trigger trg_comment_history_no_truncate before truncate on comment_history
    for each statement execute function refuse_history_change();
