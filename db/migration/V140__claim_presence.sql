-- Who has which claim of an article open right now, on any instance: one row per open article view (a random key
-- per browser tab), touched every few seconds by the instance that serves it; a row not touched for half a minute
-- is stale (its instance stopped) and is deleted by whichever instance cleans up next.
create table claim_presence (
    viewer_key uuid        primary key,
    username   varchar(64) not null,
    article_id bigint      not null,
    claim_id   bigint,
    seen_at    timestamptz not null,
    constraint fk_claim_presence_article foreign key (article_id) references article (article_id)
);
create index idx_claim_presence_article on claim_presence (article_id, seen_at);
