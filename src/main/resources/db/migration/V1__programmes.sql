-- Innovation programmes; their officers are the members of engine group 'programme-<code>'.
create table programmes (
    code varchar(40) primary key,
    name varchar(200) not null
);
