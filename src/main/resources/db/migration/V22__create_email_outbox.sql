-- The transactional outbox: written with the stage change, sent by the dispatcher, never deleted.
create table email_outbox (
    id               uuid primary key,
    lead_id          uuid not null references lead (id) on delete cascade,
    rule_id          uuid not null references email_rule (id),
    transition_id    bigint not null references stage_transition (id) on delete cascade,
    stage            text not null,
    stage_entered_at timestamptz not null,
    marketing        boolean not null,
    status           text not null
        check (status in ('PENDING', 'SENDING', 'SENT', 'FAILED', 'CANCELLED', 'UNKNOWN')),
    due_at           timestamptz not null,
    attempts         integer not null default 0,
    claimed_at       timestamptz,
    sent_at          timestamptz,
    last_error       text,
    reason           text,
    message_id       text,
    to_address       text,
    subject          text,
    locale           text,
    content_id       uuid,
    assignment_id    uuid,
    -- the discount code issued for this email, reused by its retries
    discount_code_id uuid,
    created_at       timestamptz not null,
    updated_at       timestamptz not null,
    -- one rule fires at most once per transition
    unique (rule_id, transition_id)
);

create index email_outbox_due_idx on email_outbox (due_at) where status = 'PENDING';
create index email_outbox_sending_idx on email_outbox (claimed_at) where status = 'SENDING';
create index email_outbox_lead_idx on email_outbox (lead_id, created_at);
create index email_outbox_created_idx on email_outbox (created_at, id);
create index email_outbox_sent_idx on email_outbox (lead_id, sent_at) where marketing and status = 'SENT';
