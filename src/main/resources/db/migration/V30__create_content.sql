-- The content library, and which content types each stage needs by default (PRODUCT.md §3).
create table content_item (
    id             uuid primary key,
    title          text not null,
    type           text not null,
    -- varchar, not text: HQL array_contains binds its argument as a varchar array
    stages         varchar[] not null,
    persona_ids    uuid[] not null default '{}',
    url            text,
    summary        text,
    locale         text,
    active         boolean not null default true,
    variant_group  text,
    variant_weight integer not null default 1 check (variant_weight between 1 and 1000),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        bigint not null default 0
);

create index content_item_active_idx on content_item (active, created_at);
create index content_item_group_idx on content_item (variant_group) where variant_group is not null;

create table stage_content_type (
    stage text not null,
    type  text not null,
    primary key (stage, type)
);

insert into stage_content_type (stage, type)
select 'DISCOVERY', t from unnest(array['BLOG_POST', 'SOCIAL_POST', 'LANDING_PAGE', 'INFOGRAPHIC',
    'VIDEO', 'GUIDE', 'EBOOK']) t
union all
select 'REFLECTION', t from unnest(array['EBOOK', 'WHITE_PAPER', 'STUDY_REPORT', 'WEBINAR',
    'NEWSLETTER', 'CASE_STUDY', 'DEMO']) t
union all
select 'DECISION', t from unnest(array['CASE_STUDY', 'DEMO', 'FAQ', 'TESTIMONIAL',
    'PURCHASE_FORM', 'DISCOUNT']) t
union all
select s, t from unnest(array['CUSTOMER', 'LOYAL', 'ADVOCATE']) s,
    unnest(array['ONBOARDING_GUIDE', 'NEWSLETTER', 'DISCOUNT', 'REVIEW_REQUEST',
        'REFERRAL_INVITATION']) t;

-- A persona's own journey; personas without one follow the default journey.
create table persona_journey (
    persona_id       uuid primary key references persona (id) on delete cascade,
    stages           text[] not null,
    required_content jsonb not null default '{}',
    thresholds       jsonb not null default '{}',
    updated_at       timestamptz not null,
    version          bigint not null default 0
);
