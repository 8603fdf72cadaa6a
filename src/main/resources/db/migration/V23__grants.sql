-- Contracting: one grant per selected (or promoted) proposal, its agreement as drafted and
-- approved (four eyes), the company's answer, every version of the agreement (1 = as
-- signed, later ones = approved amendments) and the amendments asked for. Terms are JSON.
create table grants (
    id uuid primary key,
    reference varchar(40) not null unique,
    call_reference varchar(40) not null references calls (reference),
    programme_code varchar(40) not null references programmes (code),
    submission_reference varchar(20) not null unique references submissions (reference),
    company_id uuid not null,
    company_name varchar(200) not null,
    title varchar(300) not null,
    requested_amount numeric(14, 2) not null,
    currency varchar(3) not null,
    promoted_from varchar(40),
    opened_at timestamptz not null,
    status varchar(20) not null
        check (status in ('PREPARING', 'AWAITING_APPROVAL', 'OFFERED', 'SIGNED', 'DECLINED', 'LAPSED')),
    draft jsonb,
    prepared_by varchar(64),
    prepared_at timestamptz,
    approved_by varchar(64),
    approved_at timestamptz,
    sent_back_by varchar(64),
    sent_back_comment text,
    offered_at timestamptz,
    acceptance_deadline timestamptz,
    answered_by varchar(64),
    answered_at timestamptz,
    declarations varchar(64)[] not null default '{}',
    decline_reason text,
    version int not null default 0
);

create index grants_call on grants (call_reference);
create index grants_company on grants (company_id);
create index grants_programme on grants (programme_code);

create table grant_agreement_versions (
    grant_id uuid not null references grants (id) on delete cascade,
    position int not null,
    number int not null,
    terms jsonb not null,
    prepared_by varchar(64),
    approved_by varchar(64),
    second_approver varchar(64),
    reason text,
    in_force_from timestamptz not null,
    primary key (grant_id, position),
    unique (grant_id, number)
);

create table grant_amendments (
    grant_id uuid not null references grants (id) on delete cascade,
    position int not null,
    number int not null,
    requested_by varchar(64) not null,
    requested_at timestamptz not null,
    reason text not null,
    terms jsonb not null,
    status varchar(20) not null check (status in ('REQUESTED', 'APPROVED', 'REFUSED')),
    first_approver varchar(64),
    first_approved_at timestamptz,
    second_approver varchar(64),
    decided_at timestamptz,
    refused_by varchar(64),
    refusal text,
    primary key (grant_id, position),
    unique (grant_id, number)
);
