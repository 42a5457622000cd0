create table persona (
    id                 uuid primary key,
    name               text not null,
    description        text,
    age_min            integer check (age_min >= 0),
    age_max            integer check (age_max >= age_min),
    profession         text,
    income_band        text,
    education          text,
    values_held        text[] not null default '{}',
    goals              text[] not null default '{}',
    pain_points        text[] not null default '{}',
    preferred_channels text[] not null default '{}',
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    version            bigint not null default 0
);

create unique index persona_name_key on persona (lower(name));
