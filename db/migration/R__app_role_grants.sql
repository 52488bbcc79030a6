-- What the application role may do: the ONE place it is decided.
--
-- Flyway runs this file as the owner role, after the versioned migrations, whenever its text or the role's name
-- (the placeholder app_role, which is SPRING_DATASOURCE_USERNAME) changes. It first takes every privilege on
-- every table and sequence away from the role, then grants exactly what is listed: the list is the whole truth.
--
-- RULE for every migration that creates (or drops and re-creates) a table: add or touch the table's line here
-- in the same commit. Changing this file is what makes Flyway re-run it after your migration. Grant the least:
--   * history and other append-only tables: select, insert
--   * tables whose rows change: select, insert, update (only the columns the code changes, plus version)
--   * delete only where the application really deletes rows
--   * never truncate, references, trigger; no table is granted "all"
-- Entities whose rows change but not every column does carry @DynamicUpdate, so Hibernate's UPDATE names only
-- the changed columns. Every *IT runs as this role and HistoryIsAppendOnlyIT checks that every table is listed.
do $grants$
begin
    if '${app_role}' = current_user then
        raise warning 'ClaimDesk migrates and runs as the same database role (%), which owns the schema and could '
            'drop the history triggers. Not recommended: give the application a role of its own (README, '
            '"Database roles").', current_user;
        return;
    end if;
    if not exists (select from pg_roles where rolname = '${app_role}') then
        raise exception 'The application role "%" does not exist. Create it (README, "Database roles") or set '
            'SPRING_DATASOURCE_USERNAME to the role the application connects as.', '${app_role}';
    end if;

    revoke all on all tables in schema public from "${app_role}";
    revoke all on all sequences in schema public from "${app_role}";
    grant usage on schema public to "${app_role}";
    grant usage on all sequences in schema public to "${app_role}";

    -- append-only: history, the frozen article texts, assignments
    grant select, insert on account_history, claim_history, verdict_history, decision_history to "${app_role}";
    grant select, insert on article to "${app_role}";
    -- an article's language may change (re-splitting its claims while no verdict exists); nothing else of it
    grant update (language, version) on article to "${app_role}";
    grant select, insert on article_history to "${app_role}";
    -- later texts of an article, found by re-checks (append-only like the article itself)
    grant select, insert on article_revision to "${app_role}";
    grant select, insert on assignment to "${app_role}";
    grant select, insert on publication_history to "${app_role}";
    grant select, insert on comment_history, claim_assignment to "${app_role}";
    -- the claim-matching index: an article's rows are replaced when its claims change
    grant select, insert, delete on claim_match to "${app_role}";
    -- source snapshots are their own jobs: status, attempts and the fetched copy change
    grant select, insert, update (status, attempts, next_attempt_at, last_error, http_status, content_type, sha256,
        text, raw_gzip, raw_bytes, raw_truncated, fetched_at) on source_archive to "${app_role}";
    -- webhooks: endpoints are soft-deleted; deliveries are the outbox and their own jobs; attempts only logged
    grant select, insert, update (deleted_by, deleted_at) on webhook_endpoint to "${app_role}";
    grant select, insert, update (status, attempts, next_attempt_at, delivered_at) on webhook_delivery
        to "${app_role}";
    grant select, insert on webhook_attempt to "${app_role}";

    -- rows that change, column by column
    -- language and time_zone: the account's own UI preferences (My account)
    grant select, insert, update (password_hash, enabled, sessions_valid_after, language, time_zone, version) on account
        to "${app_role}";
    -- failed sign-ins, counted per account and client address; old ones and a pair's on success are deleted
    grant select, insert, delete on login_failure to "${app_role}";
    grant select, insert, update (last_used_at, revoked_at, version) on api_token to "${app_role}";
    grant select, insert, update (start_offset, end_offset, short_form, speaker, checkworthiness,
        checkworthiness_reason, checkworthiness_overridden, dismissed, merged_into, status, text_changed_at, version,
        revision, stale_since, stale_reason, stale_before, stale_after, retired_at, retired_by)
        on claim to "${app_role}";
    grant select, insert, update (blind, version) on review_setting to "${app_role}";
    -- who has which claim open (live presence): a tab's row moves with its claim, is touched, and is deleted
    grant select, insert, update (claim_id, seen_at), delete on claim_presence to "${app_role}";

    -- a draft is deleted when its verdict is submitted or discarded
    grant select, insert, update (verdict, rationale, sources, updated_at, version), delete on verdict_draft
        to "${app_role}";
end
$grants$;
