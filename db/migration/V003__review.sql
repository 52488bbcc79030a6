-- Every verdict a reviewer submits, and every revision of it, is a row of its own; nothing is overwritten.
-- A reviewer's current verdict on a claim is their row with the highest revision.
create sequence verdict_history_seq increment by 50;
create table verdict_history (
    verdict_history_id bigint       primary key default nextval('verdict_history_seq'),
    claim_id           bigint       not null,
    article_id         bigint       not null,
    reviewer           varchar(64)  not null,
    revision           integer      not null,
    verdict            varchar(24)  not null,
    rationale          text         not null,
    sources            jsonb        not null,
    created_at         timestamptz  not null,
    constraint fk_verdict_history_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_verdict_history_article foreign key (article_id) references article (article_id),
    constraint uk_verdict_history_revision unique (claim_id, reviewer, revision),
    constraint ck_verdict_history_verdict check (verdict in
        ('SUPPORTED', 'DISPUTED', 'MISLEADING', 'NOT_ENOUGH_EVIDENCE', 'NOT_CHECKABLE'))
);
create index idx_verdict_history_article on verdict_history (article_id);
create index idx_verdict_history_reviewer on verdict_history (reviewer);
create trigger trg_verdict_history_append_only
    before update or delete on verdict_history
    for each row execute function refuse_history_change();

-- An editor's final verdict on a claim; a later row for an approved claim is a correction with a public note.
create sequence decision_history_seq increment by 50;
create table decision_history (
    decision_history_id bigint       primary key default nextval('decision_history_seq'),
    claim_id            bigint       not null,
    article_id          bigint       not null,
    editor              varchar(64)  not null,
    revision            integer      not null,
    verdict             varchar(24)  not null,
    rationale           text         not null,
    sources             jsonb        not null,
    adopted_verdict_id  bigint,
    correction_note     text,
    created_at          timestamptz  not null,
    constraint fk_decision_history_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_decision_history_article foreign key (article_id) references article (article_id),
    constraint fk_decision_history_adopted foreign key (adopted_verdict_id) references verdict_history (verdict_history_id),
    constraint uk_decision_history_revision unique (claim_id, revision),
    constraint ck_decision_history_verdict check (verdict in
        ('SUPPORTED', 'DISPUTED', 'MISLEADING', 'NOT_ENOUGH_EVIDENCE', 'NOT_CHECKABLE')),
    constraint ck_decision_history_correction check (revision = 1 or correction_note is not null)
);
create index idx_decision_history_article on decision_history (article_id);
create trigger trg_decision_history_append_only
    before update or delete on decision_history
    for each row execute function refuse_history_change();

-- Per article, set by editors: blind review (on by default) and who is assigned.
create table review_setting (
    article_id bigint  primary key,
    blind      boolean not null default true,
    version    bigint  not null default 0,
    constraint fk_review_setting_article foreign key (article_id) references article (article_id)
);

create table assignment (
    assignment_id bigint generated always as identity primary key,
    article_id    bigint      not null,
    reviewer      varchar(64) not null,
    assigned_by   varchar(64) not null,
    assigned_at   timestamptz not null,
    version       bigint      not null default 0,
    constraint fk_assignment_article foreign key (article_id) references article (article_id),
    constraint uk_assignment unique (article_id, reviewer)
);

-- A half-written verdict, kept on the server so it survives navigation, reload and session expiry.
create table verdict_draft (
    verdict_draft_id bigint generated always as identity primary key,
    claim_id         bigint       not null,
    reviewer         varchar(64)  not null,
    verdict          varchar(24),
    rationale        text         not null default '',
    sources          jsonb        not null default '[]',
    updated_at       timestamptz  not null,
    version          bigint       not null default 0,
    constraint fk_verdict_draft_claim foreign key (claim_id) references claim (claim_id),
    constraint uk_verdict_draft unique (claim_id, reviewer)
);
