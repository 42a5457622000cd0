-- An external id is unique per lead and source: the same id pushed for another lead is another
-- touchpoint, and a retry never answers with a lead the caller may not see.
drop index touchpoint_external_key;
create unique index touchpoint_external_key on touchpoint (lead_id, source, external_id);
