-- The analytics functions as they are now (the tables, views and triggers are in V60-V63, V70).
-- Triggers append each change of the history, touchpoints and content assignments as delta rows in
-- the changing transaction; analytics_compact() folds them into the rollups; analytics_rebuild()
-- recomputes every rollup from the history, which a test compares with the folded ones.
-- Dimensions of a rollup row (dims): 1 persona, 2 owner, 4 source; a dimension outside dims is null.

drop function if exists analytics_shift_history(uuid, timestamptz, uuid, uuid, text, integer);
drop function if exists analytics_shift_assignments(uuid, timestamptz, uuid, uuid, text, integer);
drop function if exists analytics_fold_history();
drop function if exists analytics_fold_assignments();
drop function if exists analytics_rebuild_history();
drop function if exists analytics_rebuild_assignments();

create or replace function analytics_day(at timestamptz) returns date
    language sql immutable as $$ select (at at time zone 'UTC')::date $$;

-- A stay's length in buckets an eighth of a power of two wide (9 %): bucket b holds
-- [2^(b/8), 2^((b+1)/8)) seconds, bucket 0 everything below 2^(1/8).
create or replace function analytics_bucket(seconds numeric) returns smallint
    language sql immutable as $$
        select case when seconds < 2 then 0 else floor(8 * log(2, floor(seconds)))::smallint end
    $$;

create or replace function analytics_reason(reason text) returns text
    language sql immutable as $$ select nullif(lower(btrim(reason)), '') $$;

-- Days from an assignment to the lead's advance, rounded up; null: not yet, or past any window.
create or replace function analytics_lag(assigned_at timestamptz, converted_at timestamptz) returns smallint
    language sql immutable as $$
        select case when converted_at is null then null
                    when converted_at - assigned_at > interval '365 days' then null
                    else greatest(0, ceil(extract(epoch from converted_at - assigned_at) / 86400))
               end::smallint
    $$;

create or replace function analytics_on_transition() returns trigger language plpgsql as $$
declare
    l        record;
    first_at timestamptz;
    prev_at  timestamptz;
begin
    select created_at, persona_id, owner_id, source_channel into l from lead where id = new.lead_id;
    if not exists (select 1 from stage_transition
                   where lead_id = new.lead_id and to_stage = new.to_stage and id < new.id) then
        insert into analytics_funnel_delta values (analytics_day(new.at), analytics_day(l.created_at),
            new.to_stage, l.persona_id, l.owner_id, l.source_channel, 1, 0);
    end if;
    if new.kind = 'ADVANCE' and not exists (
            select 1 from stage_transition where lead_id = new.lead_id
            and from_stage = new.from_stage and kind = 'ADVANCE' and id < new.id) then
        select at into first_at from stage_transition
        where lead_id = new.lead_id and to_stage = new.from_stage order by id limit 1;
        -- a history written without the entry (by hand) has nothing to count the advance against
        if first_at is not null then
            insert into analytics_funnel_delta values (analytics_day(first_at),
                analytics_day(l.created_at), new.from_stage, l.persona_id, l.owner_id,
                l.source_channel, 0, 1);
        end if;
    end if;
    if new.kind = 'LOSS' then
        insert into analytics_loss_delta values (analytics_day(new.at), new.from_stage,
            analytics_reason(new.reason), l.persona_id, l.owner_id, l.source_channel, 1);
    end if;
    if new.from_stage is not null then
        select at into prev_at from stage_transition
        where lead_id = new.lead_id and id < new.id order by id desc limit 1;
        if prev_at is not null then
            insert into analytics_stay_delta values (analytics_day(new.at), new.from_stage,
                analytics_bucket(extract(epoch from new.at - prev_at)), l.persona_id, l.owner_id,
                l.source_channel, 1);
        end if;
    end if;
    return null;
end $$;

create or replace function analytics_on_touchpoint() returns trigger language plpgsql as $$
declare
    l record;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        -- a lead being deleted has already taken its whole contribution away
        select persona_id, owner_id, source_channel into l from lead where id = old.lead_id;
        if found then
            insert into analytics_touch_delta values (analytics_day(old.occurred_at), old.channel,
                old.lead_stage, l.persona_id, l.owner_id, l.source_channel, -1);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        select persona_id, owner_id, source_channel into l from lead where id = new.lead_id;
        insert into analytics_touch_delta values (analytics_day(new.occurred_at), new.channel,
            new.lead_stage, l.persona_id, l.owner_id, l.source_channel, 1);
    end if;
    return null;
end $$;

-- Keeps lead.last_touchpoint_at, which the stalled-leads report compares with the stay.
create or replace function lead_on_touchpoint() returns trigger language plpgsql as $$
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

-- A/B counters: a row trigger before the change, so that it sees the rows of the same statement
-- already changed and an update converting two assignments of one lead and item counts it once.
create or replace function analytics_on_assignment() returns trigger language plpgsql as $$
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

-- Content effectiveness counters; a lead that received an item twice is listed as a repeat.
create or replace function analytics_on_assignment_content() returns trigger language plpgsql as $$
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

-- Adds (sign 1) or takes away (sign -1) everything a lead contributes, under the given filters.
create or replace function analytics_shift(p_lead uuid, p_created timestamptz, p_persona uuid,
                                           p_owner uuid, p_source text, p_sign integer)
    returns void language plpgsql as $$
begin
    insert into analytics_funnel_delta
        select entry_day, analytics_day(p_created), stage, p_persona, p_owner, p_source, p_sign,
               p_sign * advanced
        from analytics_funnel_fact where lead_id = p_lead;
    insert into analytics_loss_delta
        select day, stage, reason, p_persona, p_owner, p_source, p_sign
        from analytics_loss_fact where lead_id = p_lead;
    insert into analytics_stay_delta
        select day, stage, bucket, p_persona, p_owner, p_source, p_sign
        from analytics_stay_fact where lead_id = p_lead;
    insert into analytics_touch_delta
        select day, channel, stage, p_persona, p_owner, p_source, p_sign * touchpoints
        from analytics_touch_fact where lead_id = p_lead;
    insert into analytics_variant_delta
        select content_id, p_persona, p_owner, p_source, p_sign * received, p_sign * converted
        from analytics_variant_fact where lead_id = p_lead;
    insert into analytics_content_delta
        select day, content_id, lag, p_persona, p_owner, p_source, p_sign * assignments
        from analytics_content_fact where lead_id = p_lead;
end $$;

create or replace function analytics_on_lead() returns trigger language plpgsql as $$
begin
    perform analytics_shift(old.id, old.created_at, old.persona_id, old.owner_id,
                            old.source_channel, -1);
    if tg_op = 'DELETE' then
        return old;
    end if;
    perform analytics_shift(new.id, new.created_at, new.persona_id, new.owner_id,
                            new.source_channel, 1);
    return null;
end $$;

-- Moves the pending deltas into the rollups, for all leads and under each single filter; stays also
-- per persona under an owner or a source filter. Other combinations of filters are selective
-- enough to be computed from the history of the few leads they match.
create or replace function analytics_fold() returns void language plpgsql as $$
begin
    with moved as (delete from analytics_funnel_delta returning *),
    expanded as (
        select b.basis, case b.basis when 'E' then m.entry_day else m.cohort_day end as day,
               m.stage, m.persona_id, m.owner_id, m.source, m.reached, m.advanced
        from moved m cross join (values ('E'), ('C')) b(basis))
    insert into analytics_funnel as r
        select basis,
               (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, stage, sum(reached), sum(advanced)
        from expanded
        group by basis, day, stage, grouping sets ((), (persona_id), (owner_id), (source))
    on conflict (basis, dims, persona_id, owner_id, source, day, stage) do update
        set reached = r.reached + excluded.reached, advanced = r.advanced + excluded.advanced;

    with moved as (delete from analytics_loss_delta returning *)
    insert into analytics_loss as r
        select (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, stage, reason, sum(lost)
        from moved
        group by day, stage, reason, grouping sets ((), (persona_id), (owner_id), (source))
    on conflict (dims, persona_id, owner_id, source, day, stage, reason) do update
        set lost = r.lost + excluded.lost;

    with moved as (delete from analytics_stay_delta returning *),
    expanded as (
        select g.grain, case g.grain when 'D' then m.day else date_trunc('month', m.day)::date end
                   as day,
               m.stage, m.bucket, m.persona_id, m.owner_id, m.source, m.stays
        from moved m cross join (values ('D'), ('M')) g(grain))
    insert into analytics_stay as r
        select grain,
               (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, stage, bucket, sum(stays)
        from expanded
        group by grain, day, stage, bucket, grouping sets ((), (persona_id), (owner_id), (source),
            (persona_id, owner_id), (persona_id, source))
    on conflict (grain, dims, persona_id, owner_id, source, day, stage, bucket) do update
        set stays = r.stays + excluded.stays;

    with moved as (delete from analytics_touch_delta returning *)
    insert into analytics_touch as r
        select (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, channel, stage, sum(touchpoints)
        from moved
        group by day, channel, stage, grouping sets ((), (persona_id), (owner_id), (source))
    on conflict (dims, persona_id, owner_id, source, day, channel, stage) do update
        set touchpoints = r.touchpoints + excluded.touchpoints;

    with moved as (delete from analytics_variant_delta returning *)
    insert into analytics_variant as r
        select content_id, persona_id, owner_id, source, sum(received), sum(converted)
        from moved group by content_id, persona_id, owner_id, source
    on conflict (content_id, persona_id, owner_id, source) do update
        set received = r.received + excluded.received,
            converted = r.converted + excluded.converted;

    with moved as (delete from analytics_content_delta returning *)
    insert into analytics_content as r
        select (1 - grouping(persona_id)) + 2 * (1 - grouping(owner_id)) + 4 * (1 - grouping(source)),
               persona_id, owner_id, source, day, content_id, lag, sum(assignments)
        from moved
        group by day, content_id, lag, grouping sets ((), (persona_id), (owner_id), (source))
    on conflict (dims, persona_id, owner_id, source, day, content_id, lag) do update
        set assignments = r.assignments + excluded.assignments;
end $$;

-- The scheduled fold: one at a time across instances, skipped while another runs.
create or replace function analytics_compact() returns boolean language plpgsql as $$
begin
    if not pg_try_advisory_xact_lock(7306187205196013) then
        return false;
    end if;
    perform analytics_fold();
    return true;
end $$;

-- Recomputes every rollup from the history. Writers wait on the truncated delta tables until it
-- commits, so a change is counted either by the recomputation or by its own delta, never both.
create or replace function analytics_rebuild() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(7306187205196013);
    truncate analytics_funnel, analytics_funnel_delta, analytics_loss, analytics_loss_delta,
             analytics_stay, analytics_stay_delta, analytics_touch, analytics_touch_delta,
             analytics_variant, analytics_variant_delta, analytics_content,
             analytics_content_delta, analytics_content_repeat;
    insert into analytics_funnel_delta
        select f.entry_day, analytics_day(l.created_at), f.stage, l.persona_id, l.owner_id,
               l.source_channel, count(*), sum(f.advanced)
        from analytics_funnel_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_loss_delta
        select f.day, f.stage, f.reason, l.persona_id, l.owner_id, l.source_channel, count(*)
        from analytics_loss_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_stay_delta
        select f.day, f.stage, f.bucket, l.persona_id, l.owner_id, l.source_channel, count(*)
        from analytics_stay_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_touch_delta
        select analytics_day(t.occurred_at), t.channel, t.lead_stage, l.persona_id, l.owner_id,
               l.source_channel, count(*)
        from touchpoint t join lead l on l.id = t.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_variant_delta
        select f.content_id, l.persona_id, l.owner_id, l.source_channel, sum(f.received),
               sum(f.converted)
        from analytics_variant_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4;
    insert into analytics_content_delta
        select f.day, f.content_id, f.lag, l.persona_id, l.owner_id, l.source_channel,
               sum(f.assignments)
        from analytics_content_fact f join lead l on l.id = f.lead_id
        group by 1, 2, 3, 4, 5, 6;
    insert into analytics_content_repeat
        select lead_id, content_id from content_assignment group by 1, 2 having count(*) > 1;
    perform analytics_fold();
end $$;
