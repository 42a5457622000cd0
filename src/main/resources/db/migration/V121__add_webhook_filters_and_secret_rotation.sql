-- Filters on the event's fields: {"field": ["allowed", "values"], ...}, all fields must match;
-- '{}' lets every event of the subscribed types through. Bounded by the API (WebhookFilters).
alter table webhook_subscription add column filters jsonb not null default '{}';

-- During a secret rotation the replaced secret still signs deliveries until previous_secret_until,
-- so receivers can switch without losing one.
alter table webhook_subscription add column previous_secret text;
alter table webhook_subscription add column previous_secret_until timestamptz;

-- Whether an event passes a subscription's filters: each named top-level text field of the payload
-- holds one of the allowed values. personaId, when the event does not carry it, is the lead's
-- persona as stored when the delivery is planned. A field the event lacks matches nothing.
create function webhook_filters_match(wanted jsonb, payload jsonb, event_lead uuid) returns boolean
language sql stable as $$
    select not exists (
        select 1 from jsonb_each(wanted) f (field, allowed)
        where not coalesce(
            f.allowed ? coalesce(
                payload ->> f.field,
                case when f.field = 'personaId'
                     then (select l.persona_id::text from lead l where l.id = event_lead) end),
            false))
$$;

create or replace function plan_webhook_deliveries() returns trigger language plpgsql as $$
begin
    insert into webhook_delivery
        (id, subscription_id, event_id, event_type, lead_id, next_attempt_at, created_at)
    select gen_random_uuid(), s.id, e.id, e.type, e.lead_id, now(), now()
    from new_events e
    join webhook_subscription s on s.active and e.type = any (s.event_types)
    where s.filters = '{}'::jsonb or webhook_filters_match(s.filters, e.payload, e.lead_id);
    return null;
end $$;
