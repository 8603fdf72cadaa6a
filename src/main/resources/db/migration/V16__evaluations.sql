-- The evaluation of one eligible proposal: its experts' slots, their scorecards and the
-- consensus. Process state lives in the engine (process 'evaluation', business key = the
-- submission's reference). The criteria and settings are copied from the call and the
-- configuration when the evaluation starts, so that a later change does not move scores
-- already given.
create table evaluations (
    id uuid primary key,
    submission_reference varchar(20) not null unique references submissions (reference),
    call_reference varchar(40) not null references calls (reference),
    programme_code varchar(40) not null references programmes (code),
    experts_per_submission int not null check (experts_per_submission between 1 and 7),
    consensus_mode varchar(20) not null,
    allowed_spread numeric(2, 1) not null check (allowed_spread between 0 and 5),
    declaration_period varchar(40) not null,
    scoring_period varchar(40) not null,
    reminder_before varchar(40) not null,
    status varchar(20) not null,
    consensus_needed boolean,
    chosen_rapporteur varchar(64),
    consensus_report jsonb,
    consensus_scores jsonb,
    started_at timestamptz not null,
    completed_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version int not null default 0
);

create index evaluations_call on evaluations (call_reference, status);

create table evaluation_criteria (
    evaluation_id uuid not null references evaluations (id) on delete cascade,
    position int not null,
    name varchar(200) not null,
    description text not null,
    threshold numeric(2, 1) not null,
    weight numeric(4, 2) not null,
    primary key (evaluation_id, position)
);

-- One row per required expert; who held the slot before (and why they left it) is kept
-- with it.
create table evaluation_slots (
    evaluation_id uuid not null references evaluations (id) on delete cascade,
    position int not null,
    expert varchar(64),
    state varchar(30) not null,
    assigned_at timestamptz,
    declared_at timestamptz,
    reason text,
    scorecard jsonb,
    past_holders jsonb not null default '[]',
    reminded_at timestamptz,
    escalated_at timestamptz,
    primary key (evaluation_id, position)
);

create index evaluation_slots_expert on evaluation_slots (expert);

create function evaluations_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

create trigger evaluations_updated_at before update on evaluations
    for each row execute function evaluations_touch();
