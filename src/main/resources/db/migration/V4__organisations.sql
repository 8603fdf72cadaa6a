-- Organisations: hospitals and care providers that state needs, companies that apply.
create table organisations (
    id uuid primary key,
    name varchar(200) not null,
    country char(2) not null,
    type varchar(30) not null,
    registration_number varchar(60),
    created_at timestamptz not null default now()
);

create table organisation_members (
    user_id varchar(64) primary key,
    organisation_id uuid not null references organisations (id)
);
