-- Claim matching ("have we checked this before?"). pg_trgm is a trusted extension since PostgreSQL 13, so the
-- migration's role creates it; the application's role needs no CREATE privilege for it later.
create extension if not exists pg_trgm;

-- One row per active claim, kept by the matching feature: the claim's text as last indexed, the text-search
-- configuration of its article's language, and its words as that language's stemmer reduces them (stop words
-- dropped). Trigram similarity over the stems matches across inflections and light paraphrase.
create table claim_match (
    claim_id   bigint      primary key,
    article_id bigint      not null,
    config     regconfig   not null,
    text       text        not null,
    stems      text        not null,
    indexed_at timestamptz not null,
    constraint fk_claim_match_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_claim_match_article foreign key (article_id) references article (article_id)
);
create index idx_claim_match_stems on claim_match using gin (stems gin_trgm_ops);
create index idx_claim_match_article on claim_match (article_id);
