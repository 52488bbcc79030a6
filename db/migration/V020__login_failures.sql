-- Failed sign-ins, counted in the database so that every instance sees the same numbers and a restart
-- forgives nothing. One row per wrong password (or unknown username), keyed by the normalised username
-- and the client address; rows older than the throttle window are deleted by the application.
create table login_failure (
    login_failure_id bigint generated always as identity primary key,
    username         varchar(64) not null,
    client_address   varchar(64) not null,
    failed_at        timestamptz not null
);
create index idx_login_failure_username on login_failure (username, failed_at);
create index idx_login_failure_client on login_failure (client_address, failed_at);
create index idx_login_failure_failed_at on login_failure (failed_at);
