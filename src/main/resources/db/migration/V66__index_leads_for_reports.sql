-- Email metrics count the leads who unsubscribed in the period: a few among all leads, which the
-- count read one by one (a million at scale). This index holds them alone, with the report's filters.
create index lead_unsubscribed_idx on lead (consent_at) include (persona_id, owner_id, source_channel)
    where consent_status = 'UNSUBSCRIBED';

-- An owner and a source together have no rollup: the reports read the history of the leads they
-- match, which this index finds without reading the owner's other leads.
create index lead_owner_source_idx on lead (owner_id, source_channel, persona_id)
    include (id, created_at);
