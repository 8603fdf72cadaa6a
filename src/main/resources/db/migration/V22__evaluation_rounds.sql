-- A proposal may be evaluated more than once: after an upheld redress request, new experts
-- evaluate it again in a later round. Each round is one evaluation; the first round is the
-- call's own evaluation, every later round names the officer who asked for it and why.
alter table evaluations add column round int not null default 1 check (round >= 1);
alter table evaluations add column reevaluation_requested_by varchar(64);
alter table evaluations add column reevaluation_reason text;
alter table evaluations add constraint evaluations_reevaluation_request
    check ((round = 1) = (reevaluation_requested_by is null) and (round = 1) = (reevaluation_reason is null));

alter table evaluations drop constraint evaluations_submission_reference_key;
alter table evaluations add constraint evaluations_submission_round unique (submission_reference, round);

