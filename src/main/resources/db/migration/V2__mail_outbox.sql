-- Mail is written here in the transaction of the change that causes it, and sent after commit.
create table mail_outbox (
    id bigserial primary key,
    idempotency_key varchar(300) not null unique,
    recipient varchar(320) not null,
    subject varchar(500) not null,
    body text not null,
    status varchar(16) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    created_at timestamptz not null default now(),
    sent_at timestamptz,
    last_error text
);

create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'PENDING';
