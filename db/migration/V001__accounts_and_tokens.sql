-- History tables are append-only: the database itself refuses UPDATE and DELETE on them,
-- whatever the application (or a person at psql) tries.
create function refuse_history_change() returns trigger
language plpgsql as $$
begin
    raise exception 'history is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'insufficient_privilege';
end;
$$;

create table account (
    account_id    bigint generated always as identity primary key,
    username      varchar(64)  not null,
    display_name  varchar(128) not null,
    password_hash varchar(255) not null,
    role          varchar(16)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint uk_account_username unique (username),
    constraint ck_account_role check (role in ('REVIEWER', 'EDITOR', 'ADMIN')),
    constraint ck_account_username_lower check (username = lower(username))
);

create table account_history (
    account_history_id bigint generated always as identity primary key,
    account_id         bigint       not null,
    action             varchar(32)  not null,
    actor              varchar(64)  not null,
    occurred_at        timestamptz  not null,
    before_state       jsonb,
    after_state        jsonb,
    constraint fk_account_history_account foreign key (account_id) references account (account_id)
);
create index idx_account_history_account on account_history (account_id);
create trigger trg_account_history_append_only
    before update or delete on account_history
    for each row execute function refuse_history_change();

create table api_token (
    api_token_id bigint generated always as identity primary key,
    account_id   bigint       not null,
    token_hash   char(64)     not null,
    name         varchar(100) not null,
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      bigint       not null default 0,
    constraint uk_api_token_hash unique (token_hash),
    constraint fk_api_token_account foreign key (account_id) references account (account_id)
);
create index idx_api_token_account on api_token (account_id);
