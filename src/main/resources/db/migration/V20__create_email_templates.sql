-- Email templates: Qute source, one subject and body per language.
create table email_template (
    id          uuid primary key,
    name        text not null,
    description text,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0
);

create unique index email_template_name_key on email_template (lower(name));

create table email_template_text (
    template_id uuid not null references email_template (id) on delete cascade,
    locale      text not null,
    subject     text not null,
    html        text not null,
    text        text not null,
    primary key (template_id, locale)
);
