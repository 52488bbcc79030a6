-- TRUNCATE skips row triggers, so the history tables also refuse it per statement: even the owner role cannot
-- empty them. (The application role has no TRUNCATE privilege at all; see R__app_role_grants.sql.)
create trigger trg_account_history_no_truncate before truncate on account_history
    for each statement execute function refuse_history_change();
create trigger trg_claim_history_no_truncate before truncate on claim_history
    for each statement execute function refuse_history_change();
create trigger trg_verdict_history_no_truncate before truncate on verdict_history
    for each statement execute function refuse_history_change();
create trigger trg_decision_history_no_truncate before truncate on decision_history
    for each statement execute function refuse_history_change();

-- Nobody but the owner creates objects in the schema (PostgreSQL 15 and later already start that way; on 14 and
-- earlier this needs the schema's owner, and without it PostgreSQL only warns).
revoke create on schema public from public;
