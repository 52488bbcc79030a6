-- Comments (the per-claim discussion, comment_history) announce themselves live like verdicts: article, claim,
-- kind and author, never the text. Guarded, so this migration also runs on a schema without the discussion.
do $live$
begin
    if to_regclass('comment_history') is not null then
        create trigger trg_comment_history_live after insert on comment_history
            for each row execute function live_change_notify('COMMENTED', 'author');
    end if;
end
$live$;
