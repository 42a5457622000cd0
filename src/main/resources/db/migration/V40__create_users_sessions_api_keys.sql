create table app_user (
    id            uuid primary key,
    email         text not null,
    name          text not null,
    role          text not null check (role in ('ADMIN', 'MARKETING', 'SALES')),
    password_hash text not null,
    active        boolean not null default true,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    version       bigint not null default 0
);

create unique index app_user_email_key on app_user (lower(email));

-- Server-side sessions: logging out ends them everywhere, and any instance can check them.
create table user_session (
    token_hash  text primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    csrf_token  text not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null
);

create index user_session_user_idx on user_session (user_id);

create table api_key (
    id           uuid primary key,
    prefix       text not null unique,
    secret_hash  text not null,
    name         text not null,
    scopes       varchar(50)[] not null,
    requests_per_minute integer check (requests_per_minute > 0),
    created_by   uuid references app_user (id),
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
