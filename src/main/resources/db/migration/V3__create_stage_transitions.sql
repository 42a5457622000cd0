-- The journey history: appended to, never changed.
create table stage_transition (
    id             bigserial primary key,
    lead_id        uuid not null references lead (id) on delete cascade,
    from_stage     text,
    to_stage       text not null,
    kind           text not null,
    at             timestamptz not null,
    actor_type     text not null,
    actor_id       text,
    cause_type     text not null,
    cause_id       text,
    reason         text,
    correlation_id text,
    check ((from_stage is null) = (kind = 'ENTRY')),
    check (from_stage is distinct from to_stage)
);

create index stage_transition_lead_idx on stage_transition (lead_id, id);
create index stage_transition_to_idx on stage_transition (to_stage, at);

create function stage_transition_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'stage history is append-only';
end $$;

create trigger stage_transition_no_update before update on stage_transition
    for each row execute function stage_transition_immutable();
