-- Content effectiveness reads counters instead of the assignments of the period (see V60, V61):
-- assignments by the day they were made, the item, and how many days after it the lead advanced,
-- rounded up (null: not yet, or later than any window the report allows). "Advanced within N days"
-- is then lag <= N, exactly. The report counts each lead once per item: the few leads that
-- received an item more than once are listed in analytics_content_repeat, and the report corrects
-- the counters with their assignments.

create function analytics_lag(assigned_at timestamptz, converted_at timestamptz) returns smallint
    language sql immutable as $$
        select case when converted_at is null then null
                    when converted_at - assigned_at > interval '365 days' then null
                    else greatest(0, ceil(extract(epoch from converted_at - assigned_at) / 86400))
               end::smallint
    $$;

create table analytics_content (
    dims       smallint not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    day        date not null,
    content_id uuid not null,
    lag        smallint,
    assignments bigint not null
);
create unique index analytics_content_key on analytics_content
    (dims, persona_id, owner_id, source, day, content_id, lag) nulls not distinct;

create table analytics_content_delta (
    day         date not null,
    content_id  uuid not null,
    lag         smallint,
    persona_id  uuid,
    owner_id    uuid,
    source      text,
    assignments bigint not null
);

-- A lead and an item it received more than once (rows may outlive the repeat: harmless).
create table analytics_content_repeat (
    lead_id    uuid not null,
    content_id uuid not null,
    primary key (lead_id, content_id)
);

create view analytics_content_fact as
select lead_id, analytics_day(assigned_at) as day, content_id,
       analytics_lag(assigned_at, converted_at) as lag, count(*) as assignments
from content_assignment group by 1, 2, 3, 4;

create function analytics_on_assignment_content() returns trigger language plpgsql as $$
declare
    l record;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- a lead being deleted has already taken its whole contribution away
        select persona_id, owner_id, source_channel into l from lead where id = old.lead_id;
        if found then
            insert into analytics_content_delta values (analytics_day(old.assigned_at),
                old.content_id, analytics_lag(old.assigned_at, old.converted_at), l.persona_id,
                l.owner_id, l.source_channel, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select persona_id, owner_id, source_channel into l from lead where id = new.lead_id;
        insert into analytics_content_delta values (analytics_day(new.assigned_at),
            new.content_id, analytics_lag(new.assigned_at, new.converted_at), l.persona_id,
            l.owner_id, l.source_channel, 1);
        if exists (select 1 from content_assignment where lead_id = new.lead_id
                   and content_id = new.content_id and id <> new.id) then
            insert into analytics_content_repeat values (new.lead_id, new.content_id)
            on conflict do nothing;
        end if;
    end if;
    return null;
end $$;

create trigger content_assignment_content after insert or delete on content_assignment
    for each row execute function analytics_on_assignment_content();

create trigger content_assignment_content_update
    after update of lead_id, content_id, assigned_at, converted_at on content_assignment
    for each row
    when (old.lead_id is distinct from new.lead_id or old.content_id is distinct from new.content_id
          or old.assigned_at is distinct from new.assigned_at
          or old.converted_at is distinct from new.converted_at)
    execute function analytics_on_assignment_content();

alter function analytics_shift(uuid, timestamptz, uuid, uuid, text, integer)
    rename to analytics_shift_assignments;
alter function analytics_fold() rename to analytics_fold_assignments;
alter function analytics_rebuild() rename to analytics_rebuild_assignments;

create function analytics_shift(p_lead uuid, p_created timestamptz, p_persona uuid, p_owner uuid,
                                p_source text, p_sign integer) returns void language plpgsql as $$
begin
    perform analytics_shift_assignments(p_lead, p_created, p_persona, p_owner, p_source, p_sign);
    insert into analytics_content_delta
        select day, content_id, lag, p_persona, p_owner, p_source, p_sign * assignments
        from analytics_content_fact where lead_id = p_lead;
end $$;

create function analytics_fold() returns void language plpgsql as $$
begin
    perform analytics_fold_assignments();
    with moved as (delete from analytics_content_delta returning *)
    insert into analytics_content as r
        select (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, content_id, lag, sum(assignments)
        from moved
        group by day, content_id, lag, grouping sets ((), (persona_id), (owner_id), (source))
    on conflict (dims, persona_id, owner_id, source, day, content_id, lag) do update
        set assignments = r.assignments + excluded.assignments;
end $$;

create function analytics_rebuild() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7306187205196013);
    truncate analytics_content, analytics_content_delta, analytics_content_repeat;
    insert into analytics_content_delta
        select f.day, f.content_id, f.lag, l.persona_id, l.owner_id, l.source_channel,
               sum(f.assignments)
        from analytics_content_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_content_repeat
        select lead_id, content_id from content_assignment group by 1, 2 having count(*) > 1;
    -- folds the content counters too
    perform analytics_rebuild_assignments();
end $$;

-- the counters of the assignments made so far, folded by the next compaction
insert into analytics_content_delta
    select f.day, f.content_id, f.lag, l.persona_id, l.owner_id, l.source_channel,
           sum(f.assignments)
    from analytics_content_fact f join lead l on l.id = f.lead_id
    group by 1, 2, 3, 4, 5, 6;
insert into analytics_content_repeat
    select lead_id, content_id from content_assignment group by 1, 2 having count(*) > 1;
