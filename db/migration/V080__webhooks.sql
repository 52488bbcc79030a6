-- Webhooks. An admin registers an endpoint (address, secret, events); it is soft-deleted so its log stays.
-- Each event is written to the outbox, webhook_delivery, in the same transaction as the verdict, decision or
-- publication it reports: one row per event and subscribed endpoint, holding the exact JSON body, so retries
-- send the same bytes under the same event id. Each row is also its own job: PENDING until a 2xx answer
-- (DELIVERED) or until every attempt failed (FAILED); workers take due rows with SELECT ... FOR UPDATE SKIP
-- LOCKED and lease them. webhook_attempt logs every POST and is never changed.
create table webhook_endpoint (
    webhook_endpoint_id bigint generated always as identity primary key,
    url                 varchar(2048) not null,
    secret              varchar(200)  not null,
    events              varchar(200)  not null,
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null,
    deleted_by          varchar(64),
    deleted_at          timestamptz
);

create table webhook_delivery (
    webhook_delivery_id bigint generated always as identity primary key,
    webhook_endpoint_id bigint        not null,
    event_id            uuid          not null,
    event_type          varchar(32)   not null,
    payload             text          not null,
    status              varchar(16)   not null,
    created_at          timestamptz   not null,
    attempts            integer       not null default 0,
    next_attempt_at     timestamptz,
    delivered_at        timestamptz,
    constraint fk_webhook_delivery_endpoint foreign key (webhook_endpoint_id)
        references webhook_endpoint (webhook_endpoint_id),
    constraint uk_webhook_delivery_event unique (webhook_endpoint_id, event_id),
    constraint ck_webhook_delivery_status check (status in ('PENDING', 'DELIVERED', 'FAILED'))
);
create index idx_webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index idx_webhook_delivery_endpoint on webhook_delivery (webhook_endpoint_id, webhook_delivery_id desc);

create table webhook_attempt (
    webhook_attempt_id  bigint generated always as identity primary key,
    webhook_delivery_id bigint        not null,
    attempt             integer       not null,
    attempted_at        timestamptz   not null,
    http_status         integer,
    error               varchar(500),
    duration_millis     bigint        not null,
    constraint fk_webhook_attempt_delivery foreign key (webhook_delivery_id)
        references webhook_delivery (webhook_delivery_id)
);
create index idx_webhook_attempt_delivery on webhook_attempt (webhook_delivery_id);
