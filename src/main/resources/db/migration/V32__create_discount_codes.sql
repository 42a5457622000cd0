create table discount_code (
    id          uuid primary key,
    code        text not null,
    lead_id     uuid not null references lead (id) on delete cascade,
    kind        text not null check (kind in ('PERCENT', 'AMOUNT')),
    amount      numeric(12, 2) not null check (amount > 0),
    currency    text,
    expires_at  timestamptz not null,
    created_at  timestamptz not null,
    redeemed_at timestamptz,
    check (kind <> 'PERCENT' or amount <= 100),
    check (kind <> 'AMOUNT' or currency is not null)
);

create unique index discount_code_code_key on discount_code (code);
create index discount_code_lead_idx on discount_code (lead_id, created_at);

create table discount_redemption (
    id              uuid primary key,
    code_id         uuid not null unique references discount_code (id) on delete cascade,
    lead_id         uuid not null references lead (id) on delete cascade,
    at              timestamptz not null,
    order_reference text,
    correlation_id  text
);
