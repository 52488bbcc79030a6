-- Indexes for queries that already exist: the editor queue filters claims by status, the bulk export picks
-- decisions by time, and "imported by me" filters articles by who imported them.
create index idx_claim_status on claim (status) where merged_into is null and not dismissed;
create index idx_decision_history_created_at on decision_history (created_at);
create index idx_article_imported_by on article (imported_by);
