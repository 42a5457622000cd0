-- Imported leads now enter the journey with cause SYSTEM (the import's id as the cause id), as
-- LeadBulk writes them; like the IMPORT entries before (V70), their funnel deltas are written by
-- that statement, one row per group, instead of by this per-row trigger. Entries of cause SYSTEM
-- are written by LeadBulk alone.
drop trigger stage_transition_analytics on stage_transition;

create trigger stage_transition_analytics after insert on stage_transition
    for each row when (new.kind <> 'ENTRY' or new.cause_type not in ('IMPORT', 'SYSTEM'))
    execute function analytics_on_transition();
