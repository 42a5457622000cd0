-- Stalled leads compare each lead's last touchpoint with its stay instead of searching its
-- touchpoints; A/B results read counters per item instead of the assignments (see V60, V61).

alter table lead add column last_touchpoint_at timestamptz;

update lead l set last_touchpoint_at = t.last
from (select lead_id, max(occurred_at) as last from touchpoint group by lead_id) t
where t.lead_id = l.id;

create function lead_on_touchpoint() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update lead set last_touchpoint_at =
            (select max(occurred_at) from touchpoint where lead_id = old.lead_id)
        where id = old.lead_id and last_touchpoint_at <= old.occurred_at;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update lead set last_touchpoint_at = new.occurred_at
        where id = new.lead_id
          and (last_touchpoint_at is null or last_touchpoint_at < new.occurred_at);
    end if;
    return null;
end $$;

create trigger touchpoint_last_touch after insert or delete on touchpoint
    for each row execute function lead_on_touchpoint();

create trigger touchpoint_last_touch_update after update of lead_id, occurred_at on touchpoint
    for each row
    when (old.lead_id is distinct from new.lead_id or old.occurred_at is distinct from new.occurred_at)
    execute function lead_on_touchpoint();

-- A/B results: per item and the lead's persona, owner and source, the leads that ever received it
-- and those of them that converted after it (a lead counts once however often it received it).
create table analytics_variant (
    content_id uuid not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    received   bigint not null,
    converted  bigint not null
);
create unique index analytics_variant_key on analytics_variant
    (content_id, persona_id, owner_id, source) nulls not distinct;

create table analytics_variant_delta (
    content_id uuid not null,
    persona_id uuid,
    owner_id   uuid,
    source     text,
    received   bigint not null,
    converted  bigint not null
);
create index analytics_variant_delta_content_idx on analytics_variant_delta (content_id);

create view analytics_variant_fact as
select lead_id, content_id, 1 as received, max(case when converted_at is null then 0 else 1 end)
           as converted
from content_assignment group by lead_id, content_id;

-- A row trigger before the change: it sees the rows of the same statement already changed, so
-- that an update converting two assignments of one lead and item at once counts the lead once.
create function analytics_on_assignment() returns trigger language plpgsql as $$
declare
    l        record;
    others   boolean;
    others_c boolean;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- a lead being deleted has already taken its whole contribution away
        select persona_id, owner_id, source_channel into l from lead where id = old.lead_id;
        if found then
            select count(*) > 0, coalesce(bool_or(converted_at is not null), false)
            into others, others_c from content_assignment
            where content_assignment.lead_id = old.lead_id and content_id = old.content_id
              and id <> old.id;
            insert into analytics_variant_delta values (old.content_id, l.persona_id, l.owner_id,
                l.source_channel, case when others then 0 else -1 end,
                case when old.converted_at is not null and not others_c then -1 else 0 end);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select persona_id, owner_id, source_channel into l from lead where id = new.lead_id;
        select count(*) > 0, coalesce(bool_or(converted_at is not null), false)
        into others, others_c from content_assignment
        where content_assignment.lead_id = new.lead_id and content_id = new.content_id
          and id <> new.id;
        insert into analytics_variant_delta values (new.content_id, l.persona_id, l.owner_id,
            l.source_channel, case when others then 0 else 1 end,
            case when new.converted_at is not null and not others_c then 1 else 0 end);
    end if;
    return coalesce(new, old);
end $$;

create trigger content_assignment_analytics before insert or delete on content_assignment
    for each row execute function analytics_on_assignment();

create trigger content_assignment_analytics_update
    before update of lead_id, content_id, converted_at on content_assignment
    for each row
    when (old.lead_id is distinct from new.lead_id or old.content_id is distinct from new.content_id
          or old.converted_at is distinct from new.converted_at)
    execute function analytics_on_assignment();

-- The history's functions keep their job; the new ones add the variants to it.
alter function analytics_shift(uuid, timestamptz, uuid, uuid, text, integer)
    rename to analytics_shift_history;
alter function analytics_fold() rename to analytics_fold_history;
alter function analytics_rebuild() rename to analytics_rebuild_history;

create function analytics_shift(p_lead uuid, p_created timestamptz, p_persona uuid, p_owner uuid,
                                p_source text, p_sign integer) returns void language plpgsql as $$
begin
    perform analytics_shift_history(p_lead, p_created, p_persona, p_owner, p_source, p_sign);
    insert into analytics_variant_delta
        select content_id, p_persona, p_owner, p_source, p_sign * received, p_sign * converted
        from analytics_variant_fact where lead_id = p_lead;
end $$;

create function analytics_fold() returns void language plpgsql as $$
begin
    perform analytics_fold_history();
    with moved as (delete from analytics_variant_delta returning *)
    insert into analytics_variant as r
        select content_id, persona_id, owner_id, source, sum(received), sum(converted)
        from moved group by content_id, persona_id, owner_id, source
    on conflict (content_id, persona_id, owner_id, source) do update
        set received = r.received + excluded.received,
            converted = r.converted + excluded.converted;
end $$;

create function analytics_rebuild() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7306187205196013);
    truncate analytics_variant, analytics_variant_delta;
    insert into analytics_variant_delta
        select f.content_id, l.persona_id, l.owner_id, l.source_channel, sum(f.received),
               sum(f.converted)
        from analytics_variant_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4;
    -- folds the variants too
    perform analytics_rebuild_history();
end $$;

-- the counters of the assignments made so far, folded by the next compaction
insert into analytics_variant_delta
    select f.content_id, l.persona_id, l.owner_id, l.source_channel, sum(f.received),
           sum(f.converted)
    from analytics_variant_fact f join lead l on l.id = f.lead_id
    group by 1, 2, 3, 4;
