-- Needs and the challenges built from them are stored by Spring Data JDBC as aggregates.
-- A need's clarifications are its list in the order they were asked: Spring Data keeps
-- the list index in 'position' (round 1 is position 0).
alter table need_clarifications add column position int;
update need_clarifications set position = round - 1;
alter table need_clarifications alter column position set not null;

-- A challenge's id is assigned before it is first saved, so its version tells a new
-- challenge from a changed one, and refuses a change made meanwhile by someone else.
alter table challenges add column version int not null default 0;

-- A need's last change is stamped by the database, as the hand-written update did.
create or replace function needs_touch_updated_at() returns trigger as $$
begin
    new.updated_at = now();
    return new;
end;
$$ language plpgsql;

create trigger needs_updated_at before update on needs
    for each row execute function needs_touch_updated_at();

-- Attachments are read in slices when they are downloaded; kept uncompressed, a slice is
-- read without decompressing the content before it (PDFs hardly compress anyway).
alter table need_attachments alter column content set storage external;
