-- Publication history is history too: like the others (V010), it refuses TRUNCATE even from the owner role.
create trigger trg_publication_history_no_truncate before truncate on publication_history
    for each statement execute function refuse_history_change();
