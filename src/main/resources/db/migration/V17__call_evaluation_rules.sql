-- How a call's proposals are evaluated (EvaluationRules): blind or not, the consensus
-- trigger, conflicts by country, and the experts' days at each step.
alter table calls add column blind_evaluation boolean not null default false;
alter table calls add column consensus_mode varchar(20) not null default 'ALWAYS';
alter table calls add column consensus_spread numeric(3, 1) not null default 1.5;
alter table calls add column same_country_conflicts boolean not null default false;
alter table calls add column invitation_days int not null default 7 check (invitation_days between 1 and 365);
alter table calls add column declaration_days int not null default 5 check (declaration_days between 1 and 365);
alter table calls add column scoring_days int not null default 21 check (scoring_days between 1 and 365);
alter table calls add column reminder_days int not null default 3 check (reminder_days >= 0);
