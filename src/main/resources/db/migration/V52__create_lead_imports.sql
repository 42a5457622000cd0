create table lead_import (
    id              uuid primary key,
    status          text not null check (status in ('RECEIVED', 'RUNNING', 'COMPLETED', 'FAILED')),
    phase           text,
    file_sha256     text not null,
    file_name       text,
    total_rows      integer,
    created_count   integer,
    updated_count   integer,
    unchanged_count integer,
    rejected_count  integer,
    error           text,
    actor_type      text not null,
    actor_id        text,
    created_at      timestamptz not null,
    started_at      timestamptz,
    finished_at     timestamptz
);

-- Uploading the same file again answers the import it already made.
create unique index lead_import_file_key on lead_import (file_sha256) where status <> 'FAILED';
create index lead_import_created_idx on lead_import (created_at, id);

create table lead_import_error (
    import_id  uuid not null references lead_import (id) on delete cascade,
    row_number integer not null,
    email      text,
    message    text not null,
    primary key (import_id, row_number)
);
