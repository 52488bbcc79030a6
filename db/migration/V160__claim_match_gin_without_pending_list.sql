-- Claim matching searches idx_claim_match_lexemes on every match query. With GIN's default fastupdate, new rows
-- (every import, re-check or bulk load) first go to the index's pending list, which every search scans in full
-- until a vacuum or auto-analyze merges it; a manual ANALYZE does not. After a bulk load of 100,000 claims the
-- list made match queries take about 200 ms each until autovacuum came round (MatchingBenchmark, README). Without
-- fastupdate each insert goes into the index at once: a little slower to write, never slower to search.
alter index idx_claim_match_lexemes set (fastupdate = off);
select gin_clean_pending_list('idx_claim_match_lexemes'::regclass);
