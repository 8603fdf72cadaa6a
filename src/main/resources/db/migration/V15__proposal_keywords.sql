-- A proposal's keywords (optional, at most 10), for the expert assignment's affinity.
alter table submissions add column keywords varchar(40)[] not null default '{}';
