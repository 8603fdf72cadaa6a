-- Domain audit records: one row per domain event the audit trail keeps (who did what to
-- which call, proposal or grant), written in the transaction of the change itself, and the
-- hash chain that seals them in order. Nothing in Opencall ever updates or deletes these
-- rows: they outlive the engine's history, whose cleanup never touches them.
--
-- content_hash is the SHA-256 of a canonical string of (kind, actor, recorded_at,
-- subjects, content); content is kept as text, exactly as hashed (jsonb would reorder it).
-- stored_at is the database's own time of the insert: the sealer looks for unsealed
-- records among recent ones without reading the whole table.
create table audit_records (
    id bigserial primary key,
    recorded_at timestamptz not null,
    kind varchar(100) not null,
    actor varchar(64),
    subjects text[] not null,
    content text not null,
    content_hash char(64) not null,
    stored_at timestamptz not null default now()
);

create index audit_records_subjects on audit_records using gin (subjects);
create index audit_records_stored_at on audit_records (stored_at);

-- The chain: position n seals one record; link_hash = SHA-256(previous_hash ||
-- content_hash), previous_hash being the link of position n - 1 (64 zeros for the first).
-- record_id has no foreign key: its check locks the record (FOR KEY SHARE), which needs
-- the UPDATE privilege revoked below; the verification names a link whose record is gone.
create table audit_chain (
    position bigint primary key check (position > 0),
    record_id bigint not null unique,
    previous_hash char(64) not null,
    link_hash char(64) not null,
    sealed_at timestamptz not null default clock_timestamp()
);

-- Append-only, twice over:
-- 1. A trigger refuses every UPDATE, DELETE and TRUNCATE. Triggers bind every role, the
--    owner and a superuser included (the embedded server's application connects as its
--    superuser, for whom privileges mean nothing), and ENABLE ALWAYS keeps them firing
--    under session_replication_role = replica. Only an owner who deliberately disables the
--    trigger gets past it, and the hash chain then shows what was changed.
-- 2. No role holds UPDATE, DELETE or TRUNCATE: where the application connects as a role
--    other than the owner of these tables (the recommended setup), it cannot even ask, and
--    cannot disable the trigger either. The revokes also undo any grant made by default
--    privileges of the schema; the application's role needs only SELECT and INSERT on both
--    tables and USAGE on audit_records_id_seq.
create function audit_append_only() returns trigger
language plpgsql as $$
begin
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end;
$$;

create trigger audit_records_append_only before update or delete on audit_records
    for each row execute function audit_append_only();
create trigger audit_records_no_truncate before truncate on audit_records
    for each statement execute function audit_append_only();
create trigger audit_chain_append_only before update or delete on audit_chain
    for each row execute function audit_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_append_only();

alter table audit_records enable always trigger audit_records_append_only;
alter table audit_records enable always trigger audit_records_no_truncate;
alter table audit_chain enable always trigger audit_chain_append_only;
alter table audit_chain enable always trigger audit_chain_no_truncate;

revoke update, delete, truncate on audit_records, audit_chain from public;
revoke update, delete, truncate on audit_records, audit_chain from current_user;

do $$
declare
    holder text;
begin
    for holder in
        select distinct pg_get_userbyid(acl.grantee)
        from pg_class c, aclexplode(c.relacl) acl
        where c.relname in ('audit_records', 'audit_chain')
          and c.relnamespace = current_schema()::regnamespace
          and acl.grantee <> 0
          and acl.privilege_type in ('UPDATE', 'DELETE', 'TRUNCATE')
    loop
        execute format('revoke update, delete, truncate on audit_records, audit_chain from %I', holder);
    end loop;
end;
$$;
