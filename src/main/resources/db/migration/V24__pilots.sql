-- A signed grant's pilot (co-creation): the terms it runs on (copied from the agreement in
-- force and refreshed by an amendment), its kick-off with the host organisation and the
-- host's need owners who joined, its milestones with every deliverable submitted and the
-- two verdicts on it (officer and host), its indicators with their final values, its
-- payments ledger and its final review. The grant itself lives in contracting; its
-- reference is the key here.
create table pilots (
    id uuid primary key,
    grant_reference varchar(40) not null unique,
    call_reference varchar(40) not null,
    programme_code varchar(40) not null references programmes (code),
    submission_reference varchar(20) not null,
    title varchar(200) not null,
    company_id uuid not null references organisations (id),
    company varchar(200) not null,
    host_organisation_id uuid not null references organisations (id),
    host_organisation varchar(200) not null,
    need_references varchar(40)[] not null default '{}',
    amount numeric(16, 2) not null,
    currency varchar(3) not null,
    start_date date not null,
    end_date date not null,
    agreement_version int not null,
    status varchar(20) not null,
    opened_at timestamptz not null,
    kick_off_date date,
    kick_off_notes text,
    kick_off_by varchar(64),
    kick_off_at timestamptz,
    need_owners varchar(64)[] not null default '{}',
    outcome varchar(20) check (outcome in ('SOLVED', 'PARTLY', 'NOT_SOLVED')),
    outcome_summary text,
    closed_by varchar(64),
    closed_at timestamptz,
    version int not null default 0
);

create index pilots_call on pilots (call_reference);
create index pilots_company on pilots (company_id);
create index pilots_host on pilots (host_organisation_id);
create index pilots_needs on pilots using gin (need_references);

create table pilot_milestones (
    pilot_id uuid not null references pilots (id) on delete cascade,
    position int not null,
    number int not null,
    title varchar(200) not null,
    deliverable text not null,
    due_date date not null,
    status varchar(20) not null check (status in ('OPEN', 'SUBMITTED', 'ACCEPTED', 'REVISION')),
    accepted_at timestamptz,
    primary key (pilot_id, position)
);

-- Every deliverable submitted, in order: the report, its documents (kept in
-- pilot_documents), the indicator readings, and the two verdicts.
create table pilot_deliverables (
    pilot_id uuid not null references pilots (id) on delete cascade,
    position int not null,
    milestone int not null,
    report text not null,
    documents jsonb not null,
    readings jsonb not null,
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null,
    officer_verdict varchar(10) check (officer_verdict in ('ACCEPT', 'REVISE')),
    officer_comment text,
    officer varchar(64),
    officer_at timestamptz,
    host_verdict varchar(10) check (host_verdict in ('ACCEPT', 'REVISE')),
    host_comment text,
    host_reviewer varchar(64),
    host_at timestamptz,
    primary key (pilot_id, position)
);

create table pilot_indicators (
    pilot_id uuid not null references pilots (id) on delete cascade,
    position int not null,
    name varchar(200) not null,
    unit varchar(60) not null,
    baseline numeric(16, 4),
    target numeric(16, 4),
    final_value numeric(16, 4),
    primary key (pilot_id, position)
);

-- The payments ledger: each instalment of the plan, planned until its trigger (the
-- signature, an accepted milestone) makes it due, then released by a second officer.
create table pilot_payments (
    pilot_id uuid not null references pilots (id) on delete cascade,
    position int not null,
    number int not null,
    trigger varchar(20) not null check (trigger in ('SIGNATURE', 'MILESTONE')),
    milestone int,
    percent numeric(7, 2) not null,
    amount numeric(16, 2) not null,
    status varchar(20) not null check (status in ('PLANNED', 'DUE', 'RELEASED')),
    due_at timestamptz,
    made_due_by varchar(64),
    release_task varchar(64),
    released_by varchar(64),
    released_at timestamptz,
    primary key (pilot_id, position)
);

-- The deliverables' PDF documents, written once and streamed back, never loaded with the
-- pilot.
create table pilot_documents (
    id uuid primary key,
    pilot_id uuid not null references pilots (id) on delete cascade,
    milestone int not null,
    file_name varchar(200) not null,
    size bigint not null,
    sha256 varchar(64) not null,
    content bytea not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null default now()
);

create index pilot_documents_pilot on pilot_documents (pilot_id);
