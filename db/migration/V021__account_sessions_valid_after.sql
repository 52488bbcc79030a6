-- A UI session signed in before this instant is ended on its next request: set when an account is
-- disabled, its password is reset by an admin, or its owner changes the password.
alter table account add column sessions_valid_after timestamptz;
