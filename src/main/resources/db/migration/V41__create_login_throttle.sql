-- Failed logins per account (hash of the lowercased email, known or not) and per client address:
-- every instance reads the same waits and lockouts, and an administrator can lift them.
create table login_throttle (
    key             text primary key,
    failures        integer not null,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz
);

create index login_throttle_last_failure_idx on login_throttle (last_failure_at);

-- Expired sessions are purged by date.
create index user_session_expires_idx on user_session (expires_at);
