-- A call's selection: the panel's adjustments (each with its justification and the values
-- before and after), the funding decision as one officer proposed it (the ranked list,
-- frozen as JSON so that the approver approves exactly what was proposed) and as a second
-- officer approved it, and everybody who took part, whom redress requests may not reach.
create table selections (
    id uuid primary key,
    call_reference varchar(40) not null unique references calls (reference),
    programme_code varchar(40) not null references programmes (code),
    status varchar(20) not null,
    opened_at timestamptz not null,
    proposed_by varchar(64),
    proposed_at timestamptz,
    proposal_comment text,
    proposed_list jsonb,
    reviewed_by varchar(64),
    reviewed_at timestamptz,
    review_comment text,
    decided_at timestamptz,
    redress_deadline timestamptz,
    participants varchar(64)[] not null default '{}',
    version int not null default 0
);

create table selection_adjustments (
    selection_id uuid not null references selections (id) on delete cascade,
    position int not null,
    kind varchar(10) not null check (kind in ('SCORE', 'ORDER')),
    submission_reference varchar(20) not null,
    criterion varchar(200),
    value_before numeric(7, 2) not null,
    value_after numeric(7, 2) not null,
    justification text not null,
    adjusted_by varchar(64) not null,
    adjusted_at timestamptz not null,
    primary key (selection_id, position)
);

-- Every applicant's result letter: the outcome and its reason, the evaluation summary
-- report's content and its PDF as mailed; a redress that re-evaluates a proposal issues
-- the next version. Letters are mailed in batches, each in its own transaction.
create table result_letters (
    submission_reference varchar(20) not null references submissions (reference),
    version int not null,
    call_reference varchar(40) not null references calls (reference),
    outcome varchar(20) not null check (outcome in ('SELECTED', 'RESERVE', 'REJECTED')),
    rank int,
    reason text not null,
    issued_at timestamptz not null,
    redress_deadline timestamptz not null,
    summary jsonb not null,
    esr_pdf bytea,
    mailed_at timestamptz,
    primary key (submission_reference, version)
);

create index result_letters_to_mail on result_letters (call_reference) where mailed_at is null;

-- An applicant's request for redress against their result, and its outcome.
create table redress_requests (
    id uuid primary key,
    submission_reference varchar(20) not null references submissions (reference),
    call_reference varchar(40) not null references calls (reference),
    programme_code varchar(40) not null references programmes (code),
    applicant varchar(64) not null,
    grounds text not null,
    filed_at timestamptz not null,
    status varchar(20) not null,
    officer varchar(64),
    reasons text,
    decided_at timestamptz,
    concluded_at timestamptz,
    outcome_after varchar(20),
    version int not null default 0
);

create unique index redress_requests_one_per_submission on redress_requests (submission_reference);
create index redress_requests_call on redress_requests (call_reference);
