-- A member invites a colleague to join their organisation. The mailed token is never
-- stored, only its SHA-256; an invitation is used once, before it expires.
create table invitations (
    id uuid primary key,
    organisation_id uuid not null references organisations (id),
    email varchar(254) not null,
    token_sha256 char(64) not null unique,
    invited_by varchar(64) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    accepted_by varchar(64),
    accepted_at timestamptz
);

create index invitations_pending on invitations (organisation_id) where accepted_at is null;
