-- Who may apply to a call; read by the eligibility decision table.
alter table calls add column eligible_countries varchar(2)[] not null
    default '{AT,BE,BG,CY,CZ,DE,DK,EE,ES,FI,FR,GR,HR,HU,IE,IT,LT,LU,LV,MT,NL,PL,PT,RO,SE,SI,SK}';
alter table calls add column eligible_organisation_types varchar(30)[] not null default '{SME,START_UP}';
alter table calls add column trl_min int not null default 5 check (trl_min between 1 and 9);
alter table calls add column trl_max int not null default 8 check (trl_max between 1 and 9);
