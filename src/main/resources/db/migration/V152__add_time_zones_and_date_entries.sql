-- Send timing: a lead's IANA time zone (null: the configured default); a journey may enter on a
-- date attribute of the lead (a renewal, a trial end), some days before or after, at a local time.
alter table lead add column time_zone text check (length(time_zone) <= 64);

-- {"attribute": "renewal", "days": -14, "at": "09:00"}
alter table journey add column entry_date jsonb;
alter table journey drop constraint journey_one_entry;
alter table journey add constraint journey_one_entry check (
    num_nonnulls(entry_stage, entry_touchpoint, entry_silence, entry_date) = 1);

-- the date that made the lead enter: once per journey, lead and date
alter table journey_enrolment add column entry_date date;
create unique index journey_enrolment_date_key on journey_enrolment (journey_id, lead_id, entry_date)
    where entry_date is not null;

-- A lead's attribute as a date when it is one (YYYY-MM-DD), else null: lead data never fails a query.
create function attribute_date(value text) returns date language plpgsql immutable as $$
begin
    if value is null or value !~ '^\d{4}-\d{2}-\d{2}$' then
        return null;
    end if;
    return value::date;
exception when others then
    return null;
end $$;
