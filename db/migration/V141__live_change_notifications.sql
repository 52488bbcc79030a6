-- Live changes: every verdict, decision and claim edit announces itself on the channel claimdesk_article, in the
-- transaction that writes it (PostgreSQL delivers a NOTIFY only on commit, and never for a rolled-back write).
-- Each instance LISTENs and refreshes the article views it serves. The payload says which article and claim, what
-- kind of change and who made it; never what a verdict says (blind review: readers ask the services for that).
-- A trigger rather than a call in each service: every path that writes history (UI, API, restore) is covered, and
-- a new service method cannot forget it. Arguments: the change's kind and the column that holds its actor.
create function live_change_notify() returns trigger language plpgsql as $$
declare
    written jsonb := to_jsonb(new);
begin
    perform pg_notify('claimdesk_article', json_build_object(
        'articleId', (written ->> 'article_id')::bigint,
        'claimId', (written ->> 'claim_id')::bigint,
        'kind', tg_argv[0],
        'actor', written ->> tg_argv[1],
        'action', written ->> 'action')::text);
    return null;
end
$$;

create trigger trg_verdict_history_live after insert on verdict_history
    for each row execute function live_change_notify('VERDICT_SUBMITTED', 'reviewer');
create trigger trg_decision_history_live after insert on decision_history
    for each row execute function live_change_notify('DECIDED', 'editor');
-- a status change follows a verdict or decision, which announces itself; a claim found on import has no reader yet
create trigger trg_claim_history_live after insert on claim_history
    for each row when (new.action not in ('STATUS_CHANGED', 'CREATED'))
    execute function live_change_notify('CLAIM_EDITED', 'actor');
