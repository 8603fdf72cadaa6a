-- Proposals persist through Spring Data JDBC, each in one row: the current document of each
-- type (id, type, file name, size, SHA-256) moves into the proposal's row as JSON, in the form
-- the submitted versions keep them. The contents stay in submission_documents, one row per
-- upload, written once and never changed, so that every submitted version keeps its documents.
alter table submissions add column documents jsonb not null default '[]';

-- The documents flagged current, by type (the latest upload, should a type have two flagged).
update submissions s set documents = current_documents.list
from (
    select submission_id, jsonb_agg(jsonb_build_object('id', id, 'type', type, 'fileName', file_name,
        'size', size, 'sha256', sha256) order by type) as list
    from (
        select distinct on (submission_id, type) *
        from submission_documents where current
        order by submission_id, type, uploaded_at desc
    ) latest
    group by submission_id
) current_documents
where current_documents.submission_id = s.id;

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
