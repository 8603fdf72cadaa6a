-- How a call's selection orders and answers its evaluated proposals (SelectionRules):
-- the tie-breaks in order, each a criterion name of the call (the higher score on it
-- ranks first) or EARLIER_SUBMISSION, and the days an applicant has to ask for redress.
-- No tie-breaks ('{}', every call drafted before this) means the default, resolved when
-- read: the call's first two criteria, then the earlier submission. It is stored empty
-- rather than resolved so that the default follows the criteria while the call is drafted.
alter table calls add column tie_breaks varchar(200)[] not null default '{}';
alter table calls add column redress_days int not null default 30 check (redress_days between 1 and 365);
