-- Each person's UI language (ISO 639-1, one the UI speaks) and time zone (an IANA region id such as
-- America/Sao_Paulo), chosen on My account. Null means: follow the browser (Accept-Language, its zone).
alter table account add column language varchar(2);
alter table account add column time_zone varchar(64);
alter table account add constraint ck_account_language check (language ~ '^[a-z]{2}$');
