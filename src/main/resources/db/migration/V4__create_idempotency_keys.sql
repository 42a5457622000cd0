create table idempotency_key (
    scope        text not null,
    key          text not null,
    request_hash text not null,
    status       integer,
    body         text,
    location     text,
    etag         text,
    created_at   timestamptz not null,
    primary key (scope, key)
);

create index idempotency_key_created_idx on idempotency_key (created_at);
