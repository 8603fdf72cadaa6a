-- Proposals persist through Spring Data JDBC. The aggregate holds the current document of
-- each type (id, file name, size, SHA-256) in its own child table, rewritten with each save;
-- the contents stay in submission_documents, one row per upload, written once and never
-- changed, so that every submitted version keeps its documents.
create table submission_document_slots (
    submission_id uuid not null references submissions (id),
    type varchar(40) not null,
    document_id uuid not null references submission_documents (id),
    file_name varchar(200) not null,
    size bigint not null,
    sha256 char(64) not null,
    primary key (submission_id, type)
);

-- The documents flagged current become the slots (the latest upload, should a type have
-- two flagged).
insert into submission_document_slots (submission_id, type, document_id, file_name, size, sha256)
select distinct on (submission_id, type) submission_id, type, id, file_name, size, sha256
from submission_documents where current
order by submission_id, type, uploaded_at desc;

drop index submission_documents_current;
alter table submission_documents drop column current;
create index submission_documents_submission on submission_documents (submission_id);

-- A save no longer names updated_at; the database keeps it.
create function submissions_touch() returns trigger language plpgsql as $$
begin
    new.updated_at := now();
    return new;
end;
$$;

create trigger submissions_updated_at before update on submissions
    for each row execute function submissions_touch();
