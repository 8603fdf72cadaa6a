-- Proposals to calls. The working copy lives in submissions; every submission is a
-- version with its receipt; documents are stored once and never changed.
-- Process state lives in the engine (process 'submission', business key = reference).
create sequence submission_reference_seq;

create table submissions (
    id uuid primary key,
    reference varchar(20) not null unique,
    call_reference varchar(40) not null references calls (reference),
    organisation_id uuid not null references organisations (id),
    applicant varchar(64) not null,
    challenge varchar(200),
    title varchar(200),
    acronym varchar(30),
    summary text,
    requested_amount numeric(16, 2),
    trl int,
    team text,
    partners text,
    declarations varchar(40)[] not null default '{}',
    status varchar(20) not null,
    submitted_version int not null default 0,
    ineligibility_reasons text[] not null default '{}',
    decided_by varchar(64),
    decision_comment text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version int not null default 0
);

create index submissions_call on submissions (call_reference, status);
create index submissions_organisation on submissions (organisation_id);

create table submission_documents (
    id uuid primary key,
    submission_id uuid not null references submissions (id),
    type varchar(40) not null,
    file_name varchar(200) not null,
    size bigint not null,
    sha256 char(64) not null,
    content bytea not null,
    current boolean not null default true,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null default now()
);

create index submission_documents_current on submission_documents (submission_id) where current;

create table submission_versions (
    submission_id uuid not null references submissions (id),
    version int not null,
    receipt_number varchar(40) not null unique,
    submitted_at timestamptz not null,
    submitted_by varchar(64) not null,
    content_hash char(64) not null,
    content jsonb not null,
    primary key (submission_id, version)
);

create table submission_idempotency_keys (
    idempotency_key varchar(200) primary key,
    submission_id uuid not null references submissions (id),
    receipt_number varchar(40),
    created_at timestamptz not null default now()
);
