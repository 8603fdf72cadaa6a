-- The expert pool, shared by every programme: one row per person registered as an expert,
-- keyed by their login; their name and e-mail address stay with the login.
create table experts (
    user_id varchar(64) primary key,
    organisation varchar(200) not null,
    country char(2) not null,
    keywords varchar(60)[] not null,
    topics varchar(60)[] not null,
    max_proposals_per_call integer not null,
    confidentiality_declared_at timestamptz not null,
    status varchar(20) not null,
    registered_at timestamptz not null,
    decided_by varchar(64),
    decided_at timestamptz,
    decision_reason text,
    version integer not null
);

create index experts_status on experts (status);

-- An officer invites an approved expert to evaluate one call; the expert accepts or
-- declines before respond_by, or the invitation lapses. The call's programme and title are
-- kept as they were at the invitation, for the mails and the expert's task.
create table call_invitations (
    id uuid primary key,
    call_reference varchar(40) not null,
    programme_code varchar(64) not null,
    call_title varchar(200) not null,
    expert_id varchar(64) not null references experts (user_id),
    invited_by varchar(64) not null,
    invited_at timestamptz not null,
    respond_by timestamptz not null,
    status varchar(20) not null,
    decline_reason text,
    responded_at timestamptz,
    version integer not null,
    unique (call_reference, expert_id)
);

create index call_invitations_expert on call_invitations (expert_id);

-- An officer invites someone to register as an expert with the same single-use links as a
-- member's invitation to an organisation; such an invitation joins no organisation.
alter table invitations alter column organisation_id drop not null;
alter table invitations add column purpose varchar(20) not null default 'ORGANISATION';
create index invitations_pending_experts on invitations (lower(email)) where purpose = 'EXPERT' and accepted_at is null;
