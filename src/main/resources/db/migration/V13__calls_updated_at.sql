-- Spring Data JDBC writes the columns of the call aggregate only; the time of the last
-- change is kept by the database, as for needs and submissions.
create function calls_touch() returns trigger language plpgsql as $$
begin
    new.updated_at = now();
    return new;
end;
$$;

create trigger calls_updated_at before update on calls
    for each row execute function calls_touch();
