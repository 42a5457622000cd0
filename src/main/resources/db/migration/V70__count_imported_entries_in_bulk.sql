-- An import counts the entries of the leads it creates itself, one delta row per group in the
-- statement that writes them (see ImportSql), instead of one trigger call per lead: a new lead's
-- entry only ever adds 1 to "reached" of its stage. The per-row trigger, with its lookups of the
-- history, was most of an import's time, and went quadratic when its cached plan was made on a
-- small table.
drop trigger stage_transition_analytics on stage_transition;

create trigger stage_transition_analytics after insert on stage_transition
    for each row when (new.cause_type <> 'IMPORT' or new.kind <> 'ENTRY')
    execute function analytics_on_transition();
