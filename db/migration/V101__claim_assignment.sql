-- An editor's assignment of one claim to a reviewer (beside whole-article assignments). Rows are only added:
-- who assigned whom, and when, stays on record.
create table claim_assignment (
    claim_assignment_id bigint generated always as identity primary key,
    claim_id            bigint      not null,
    article_id          bigint      not null,
    reviewer            varchar(64) not null,
    assigned_by         varchar(64) not null,
    assigned_at         timestamptz not null,
    constraint fk_claim_assignment_claim foreign key (claim_id) references claim (claim_id),
    constraint fk_claim_assignment_article foreign key (article_id) references article (article_id),
    constraint uk_claim_assignment unique (claim_id, reviewer)
);
create index idx_claim_assignment_reviewer on claim_assignment (reviewer);
create index idx_claim_assignment_article on claim_assignment (article_id);
