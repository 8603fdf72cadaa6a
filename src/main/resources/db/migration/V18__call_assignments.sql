-- The experts assigned to a call's eligible proposals, proposed by the optimal assignment,
-- adjusted by swaps and confirmed once; the seats (proposal, slot, expert, affinity) as JSON
-- in the call's row, so that the whole assignment is read and saved in one statement.
create table call_assignments (
    id uuid primary key,
    call_reference varchar(40) not null unique references calls (reference),
    status varchar(20) not null,
    seats jsonb not null,
    proposed_by varchar(64) not null,
    proposed_at timestamptz not null,
    confirmed_by varchar(64),
    confirmed_at timestamptz,
    version int not null default 0
);
