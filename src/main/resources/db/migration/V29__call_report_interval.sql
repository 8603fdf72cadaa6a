-- How often a call reports to its programme's funder once published (SelectionRules.
-- reportEveryMonths), whole months. Null (every call drafted before this, and any that
-- names none) means the installation's interval, opencall.reporting.report-every, read
-- when the call is published.
alter table calls add column report_every_months int check (report_every_months between 1 and 24);
