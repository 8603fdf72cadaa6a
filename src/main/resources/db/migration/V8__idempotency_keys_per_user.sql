-- An Idempotency-Key belongs to the user who sent it (two users may pick the same value)
-- and, through its first use, to one submission and one content: sent again with another
-- submission or other content it is refused, not replayed. The key of a user is unique,
-- so reusing it for another of their submissions is refused too.
alter table submission_idempotency_keys add column user_id varchar(64);
alter table submission_idempotency_keys add column content_hash char(64);

update submission_idempotency_keys k set
    user_id = coalesce(
        (select v.submitted_by from submission_versions v where v.receipt_number = k.receipt_number),
        (select s.applicant from submissions s where s.id = k.submission_id)),
    content_hash = (select v.content_hash from submission_versions v where v.receipt_number = k.receipt_number);

alter table submission_idempotency_keys alter column user_id set not null;
alter table submission_idempotency_keys drop constraint submission_idempotency_keys_pkey;
alter table submission_idempotency_keys add primary key (user_id, idempotency_key);
