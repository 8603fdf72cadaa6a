-- A call of a programme, from draft to closed. Process state lives in the engine
-- (process 'call-lifecycle', business key = reference).
create table calls (
    id uuid primary key,
    reference varchar(40) not null unique,
    programme_code varchar(40) not null references programmes (code),
    title varchar(200) not null,
    description text not null,
    total_budget numeric(16, 2) not null check (total_budget > 0),
    max_grant numeric(16, 2) not null check (max_grant > 0 and max_grant <= total_budget),
    currency char(3) not null,
    opens_at timestamptz not null,
    deadline timestamptz not null check (deadline > opens_at),
    time_zone varchar(64) not null,
    evaluators_per_submission int not null check (evaluators_per_submission between 2 and 7),
    overall_threshold numeric(5, 1) not null,
    status varchar(20) not null,
    drafted_by varchar(64) not null,
    prepared_by varchar(64)[] not null,
    round int not null default 0,
    reviewed_by varchar(64),
    review_comment text,
    published_at timestamptz,
    closed_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version int not null default 0
);

create index calls_programme on calls (programme_code);
create index calls_public on calls (status, opens_at);

create table call_challenges (
    call_id uuid not null references calls (id) on delete cascade,
    position int not null,
    title varchar(200) not null,
    description text not null,
    primary key (call_id, position)
);

create table call_criteria (
    call_id uuid not null references calls (id) on delete cascade,
    position int not null,
    name varchar(200) not null,
    threshold numeric(2, 1) not null check (threshold between 0 and 5),
    weight numeric(4, 2) not null check (weight > 0),
    primary key (call_id, position)
);

-- People who asked to be told about a call's steps (besides its programme's officers).
create table call_followers (
    call_id uuid not null references calls (id) on delete cascade,
    user_id varchar(64) not null,
    primary key (call_id, user_id)
);
