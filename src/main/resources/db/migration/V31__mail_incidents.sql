-- When a mail was last tried, so that administrators see when a failed mail gave up; and
-- the failed mails, which administrators list and retry, found without reading the outbox.
alter table mail_outbox add column last_attempt_at timestamptz;
update mail_outbox set last_attempt_at = coalesce(sent_at, next_attempt_at) where attempts > 0;
create index mail_outbox_failed on mail_outbox (id) where status = 'FAILED';
