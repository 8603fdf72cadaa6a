-- Unmet needs of care organisations, their clarifications and attachments; challenges
-- grouping validated needs. Process state lives in the engine (process
-- 'needs-identification', business key = need reference).
create sequence need_reference_seq;

create table needs (
    id uuid primary key,
    reference varchar(20) not null unique,
    organisation_id uuid not null references organisations (id),
    submitted_by varchar(64) not null,
    submitted_at timestamptz not null,
    title varchar(200) not null,
    description text not null,
    care_setting varchar(30) not null,
    affected_population text not null,
    affected_count int not null check (affected_count >= 1),
    current_practice text not null,
    current_burden text not null,
    expected_benefit text not null,
    urgency varchar(10) not null,
    confidential_fields varchar(30)[] not null,
    status varchar(20) not null,
    decided_by varchar(64),
    rejection_reason text,
    merged_into varchar(20),
    updated_at timestamptz not null default now(),
    version int not null default 0
);

create index needs_organisation on needs (organisation_id);
create index needs_backlog on needs (status, care_setting, urgency);

create table need_clarifications (
    need_id uuid not null references needs (id) on delete cascade,
    round int not null,
    question text not null,
    asked_by varchar(64) not null,
    asked_at timestamptz not null,
    answer text,
    answered_by varchar(64),
    answered_at timestamptz,
    primary key (need_id, round)
);

create table need_attachments (
    id uuid primary key,
    need_id uuid not null references needs (id) on delete cascade,
    file_name varchar(200) not null,
    size bigint not null,
    sha256 char(64) not null,
    content bytea not null,
    uploaded_by varchar(64) not null,
    uploaded_at timestamptz not null default now()
);

create table challenges (
    id uuid primary key,
    programme_code varchar(40) not null references programmes (code),
    title varchar(200) not null,
    description text not null,
    created_by varchar(64) not null,
    call_reference varchar(40),
    created_at timestamptz not null default now()
);

create table challenge_needs (
    challenge_id uuid not null references challenges (id) on delete cascade,
    position int not null,
    need_reference varchar(20) not null references needs (reference),
    primary key (challenge_id, position)
);

-- A call's challenge may come from a challenge of needs; it keeps a snapshot of the
-- needs' public fields as published.
alter table call_challenges add column challenge_id uuid;
alter table call_challenges add column needs jsonb not null default '[]';
