-- Which item was given to which lead, in which pass through a stage, and what followed.
create table content_assignment (
    id               uuid primary key,
    lead_id          uuid not null references lead (id) on delete cascade,
    content_id       uuid not null references content_item (id),
    stage            text not null,
    stage_entered_at timestamptz not null,
    assigned_at      timestamptz not null,
    actor_type       text not null,
    actor_id         text,
    automatic        boolean not null,
    sent_at          timestamptz,
    viewed_at        timestamptz,
    clicked_at       timestamptz,
    converted_at     timestamptz,
    -- never the same item twice within one pass through a stage
    unique (lead_id, content_id, stage_entered_at)
);

create index content_assignment_lead_idx on content_assignment (lead_id, assigned_at);
create index content_assignment_content_idx on content_assignment (content_id);
