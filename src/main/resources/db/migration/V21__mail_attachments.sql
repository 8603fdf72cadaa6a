-- Files a mail of the outbox carries, in order; written with their mail and gone with it.
create table mail_attachments (
    mail_id bigint not null references mail_outbox (id) on delete cascade,
    position int not null check (position >= 0),
    file_name varchar(200) not null,
    content_type varchar(255) not null,
    content bytea not null,
    size int not null check (size > 0 and size = octet_length(content)),
    primary key (mail_id, position)
);

-- PDFs are compressed already: store them out of line without trying to compress them again.
alter table mail_attachments alter column content set storage external;
