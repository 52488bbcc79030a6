-- Two questions for a claim with a speaker: did they say it (attribution), and is it accurate (the verdict).
-- Null where the claim has no speaker, or the reviewer or editor did not answer the first question.
alter table verdict_history add column attribution varchar(16);
alter table verdict_history add constraint ck_verdict_history_attribution check (attribution in
    ('CONFIRMED', 'NOT_CONFIRMED', 'MISQUOTED', 'OUT_OF_CONTEXT'));
alter table decision_history add column attribution varchar(16);
alter table decision_history add constraint ck_decision_history_attribution check (attribution in
    ('CONFIRMED', 'NOT_CONFIRMED', 'MISQUOTED', 'OUT_OF_CONTEXT'));
