-- An article's language (ISO 639-1, detected at import or given) and its search in that language.
-- The full-text vector uses the language's PostgreSQL text-search configuration, so a Spanish article's
-- "elección" is found by "elecciones". Articles without a recorded language (imported before languages
-- existed) keep the English configuration they were always searched with.
alter table article add column language varchar(2);
alter table article add constraint ck_article_language check (language ~ '^[a-z]{2}$');

create function article_search_config(language varchar) returns regconfig
language sql immutable parallel safe as $$
    select case
        when language is null or language = 'en' then 'english'::regconfig
        when language = 'es' then 'spanish'::regconfig
        when language = 'pt' then 'portuguese'::regconfig
        when language = 'fr' then 'french'::regconfig
        when language = 'de' then 'german'::regconfig
        when language = 'it' then 'italian'::regconfig
        else 'simple'::regconfig
    end
$$;

alter table article drop column search_vector;
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(article_search_config(language), title), 'A')
        || strip(to_tsvector(article_search_config(language), body))) stored;
create index idx_article_search on article using gin (search_vector);
