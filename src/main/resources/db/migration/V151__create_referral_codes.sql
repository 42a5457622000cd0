-- Referral: an advocate's personal code; a lead created or upserted with it records who referred
-- it (once: a retried create credits the advocate once).
create table referral_code (
    code       text primary key,
    lead_id    uuid not null unique references lead (id) on delete cascade,
    created_at timestamptz not null
);

alter table lead add column referred_by uuid references lead (id) on delete set null;

create index lead_referred_by_idx on lead (referred_by) where referred_by is not null;
