-- Which email a lead receives, how long after entering a stage.
create table email_rule (
    id                 uuid primary key,
    name               text not null,
    stage              text not null,
    persona_id         uuid references persona (id) on delete cascade,
    delay_seconds      bigint not null check (delay_seconds >= 0),
    template_id        uuid not null references email_template (id),
    -- varchar, not text, like content_item.stages
    content_types      varchar[] not null default '{}',
    discount_kind      text check (discount_kind in ('PERCENT', 'AMOUNT')),
    discount_value     numeric(12, 2) check (discount_value > 0),
    discount_currency  text,
    marketing          boolean not null default true,
    stop_on_stage_exit boolean not null default true,
    active             boolean not null default true,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);

create index email_rule_stage_idx on email_rule (stage) where active;
