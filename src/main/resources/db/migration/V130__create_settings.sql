-- Settings an administrator changes at run time; a setting absent from the row follows its
-- environment variable. One row, versioned for If-Match.
create table app_settings (
    id          smallint primary key default 1 check (id = 1),
    overrides   jsonb not null default '{}'::jsonb,
    version     bigint not null default 0,
    updated_at  timestamptz,
    updated_by  text
);

insert into app_settings (id) values (1);

-- Every change of the settings, with who made it: what each changed setting was and became
-- (null: the environment's default).
create table settings_change (
    id          bigserial primary key,
    changed_at  timestamptz not null,
    actor_type  text not null,
    actor_id    text not null,
    actor_name  text not null,
    changes     jsonb not null
);
