-- Touchpoints and domain events grow without bound: both become tables partitioned by the month
-- (UTC) of occurred_at, so that old months can be dropped whole and recent ones stay small. A
-- DEFAULT partition keeps whatever arrives for a month that has no partition yet; the service
-- creates months ahead and moves such rows into their own month (PartitionMaintenance).

-- Creates the partition of a month, moving in the rows the DEFAULT partition holds for it. The
-- moved rows are neither inserted nor deleted in the eyes of the triggers: they only change place.
create function create_month_partition(p_parent text, p_month date) returns boolean
language plpgsql as $$
declare
    v_name    text := p_parent || '_' || to_char(p_month, 'YYYY_MM');
    v_default text := p_parent || '_default';
    v_from    timestamptz := date_trunc('month', p_month)::timestamp at time zone 'UTC';
    v_to      timestamptz := (date_trunc('month', p_month) + interval '1 month')::timestamp
                             at time zone 'UTC';
begin
    perform pg_advisory_xact_lock(hashtext('create_month_partition:' || p_parent));
    if to_regclass(v_name) is not null then
        return false;
    end if;
    execute format('create table %I (like %I including defaults including constraints)',
                   v_name, p_parent);
    if to_regclass(v_default) is not null then
        execute format('alter table %I disable trigger user', v_default);
        execute format('with moved as (delete from %I where occurred_at >= $1 and occurred_at < $2'
                       ' returning *) insert into %I select * from moved', v_default, v_name)
            using v_from, v_to;
        execute format('alter table %I enable trigger user', v_default);
    end if;
    execute format('alter table %I attach partition %I for values from (%L) to (%L)',
                   p_parent, v_name, v_from, v_to);
    return true;
end $$;

-- The months that have rows waiting in the DEFAULT partition.
create function default_partition_months(p_parent text) returns setof date
language plpgsql as $$
begin
    return query execute format(
        'select distinct date_trunc(''month'', occurred_at at time zone ''UTC'')::date from %I',
        p_parent || '_default');
end $$;

-- The month partitions of a table and the month each holds, oldest first.
create function month_partitions(p_parent text) returns table (name text, month date)
language sql stable as $$
    select c.relname::text, to_date(right(c.relname, 7), 'YYYY_MM')
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    where i.inhparent = to_regclass(p_parent) and c.relname ~ '_[0-9]{4}_[0-9]{2}$'
    order by 2
$$;

-- Touchpoints ---------------------------------------------------------------------------------

alter table touchpoint rename to touchpoint_old;
alter index touchpoint_lead_idx rename to touchpoint_old_lead_idx;
alter index touchpoint_lead_type_idx rename to touchpoint_old_lead_type_idx;
alter index touchpoint_friction_idx rename to touchpoint_old_friction_idx;
alter index touchpoint_external_key rename to touchpoint_old_external_key;

create table touchpoint (like touchpoint_old including defaults) partition by range (occurred_at);
alter table touchpoint add primary key (id, occurred_at);
alter table touchpoint add foreign key (lead_id) references lead (id) on delete cascade;
create table touchpoint_default partition of touchpoint default;

select create_month_partition('touchpoint', m::date)
from (select distinct date_trunc('month', occurred_at at time zone 'UTC') as m from touchpoint_old
      union
      select generate_series(date_trunc('month', now() at time zone 'UTC') - interval '1 month',
                             date_trunc('month', now() at time zone 'UTC') + interval '3 months',
                             interval '1 month')) months;

insert into touchpoint select * from touchpoint_old;

-- A unique index of a partitioned table must contain the partition key, which would let a retried
-- push with another time in; the external ids have a table of their own instead.
create table touchpoint_key (
    lead_id     uuid not null references lead (id) on delete cascade,
    source      text not null,
    external_id text not null,
    primary key (lead_id, source, external_id)
);
insert into touchpoint_key
    select distinct lead_id, source, external_id from touchpoint_old where external_id is not null;

drop view analytics_touch_fact;
drop table touchpoint_old;
-- As in V60, on the partitioned table.
create view analytics_touch_fact as
select lead_id, analytics_day(occurred_at) as day, channel, lead_stage as stage,
       count(*) as touchpoints
from touchpoint group by lead_id, analytics_day(occurred_at), channel, lead_stage;

create index touchpoint_lead_idx on touchpoint (lead_id, occurred_at desc, id desc);
create index touchpoint_lead_type_idx on touchpoint (lead_id, type);
create index touchpoint_friction_idx on touchpoint (occurred_at desc) where sentiment = 'NEGATIVE';
create index touchpoint_external_idx on touchpoint (lead_id, source, external_id)
    where external_id is not null;

-- A touchpoint whose lead already has its source and external id is skipped (counted 0 rows), even
-- when two copies race: the second waits for the first's key and skips once it commits.
create function touchpoint_claim_key() returns trigger language plpgsql as $$
begin
    if new.external_id is null then
        return new;
    end if;
    insert into touchpoint_key values (new.lead_id, new.source, new.external_id)
        on conflict do nothing;
    if not found then
        return null;
    end if;
    return new;
end $$;

create trigger touchpoint_key before insert on touchpoint
    for each row execute function touchpoint_claim_key();
create trigger touchpoint_analytics
    after insert or delete or update of lead_id, occurred_at, channel, lead_stage on touchpoint
    for each row execute function analytics_on_touchpoint();
create trigger touchpoint_last_touch after insert or delete on touchpoint
    for each row execute function lead_on_touchpoint();
create trigger touchpoint_last_touch_update after update of lead_id, occurred_at on touchpoint
    for each row
    when (old.lead_id is distinct from new.lead_id or old.occurred_at is distinct from new.occurred_at)
    execute function lead_on_touchpoint();

-- Domain events -------------------------------------------------------------------------------

alter table webhook_delivery drop constraint if exists webhook_delivery_event_id_fkey;
alter table domain_event rename to domain_event_old;
alter index domain_event_position_idx rename to domain_event_old_position_idx;
alter index domain_event_type_idx rename to domain_event_old_type_idx;

create table domain_event (like domain_event_old including defaults)
    partition by range (occurred_at);
alter table domain_event add primary key (id, occurred_at);
alter sequence domain_event_id_seq owned by domain_event.id;
create table domain_event_default partition of domain_event default;

select create_month_partition('domain_event', m::date)
from (select distinct date_trunc('month', occurred_at at time zone 'UTC') as m
      from domain_event_old
      union
      select generate_series(date_trunc('month', now() at time zone 'UTC') - interval '1 month',
                             date_trunc('month', now() at time zone 'UTC') + interval '3 months',
                             interval '1 month')) months;

insert into domain_event select * from domain_event_old;
drop table domain_event_old;

create index domain_event_position_idx on domain_event (txid, id);
create index domain_event_type_idx on domain_event (type, txid, id);

-- After the existing rows: they planned their deliveries when they were first written.
create trigger domain_event_plans_deliveries after insert on domain_event
    referencing new table as new_events
    for each statement execute function plan_webhook_deliveries();

-- The last feed position whose month was dropped: a cursor before it has lost events (410).
create table domain_event_horizon (
    singleton boolean primary key default true check (singleton),
    txid      xid8 not null,
    id        bigint not null
);

-- Detaches and drops the event months that ended before the given time, remembering the last
-- position they held; answers the dropped partitions.
create function drop_event_partitions_before(p_before timestamptz) returns setof text
language plpgsql as $$
declare
    p record;
begin
    perform pg_advisory_xact_lock(hashtext('create_month_partition:domain_event'));
    for p in select name, month from month_partitions('domain_event') loop
        continue when ((p.month + interval '1 month')::timestamp at time zone 'UTC') > p_before;
        execute format('insert into domain_event_horizon (txid, id)'
                       ' (select txid, id from %I order by txid desc, id desc limit 1)'
                       ' on conflict (singleton) do update set txid = excluded.txid, id = excluded.id'
                       ' where (excluded.txid, excluded.id) > (domain_event_horizon.txid,'
                       ' domain_event_horizon.id)', p.name);
        execute format('alter table domain_event detach partition %I', p.name);
        execute format('drop table %I', p.name);
        return next p.name;
    end loop;
end $$;
