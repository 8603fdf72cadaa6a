-- Reporting to the funder. Each programme's funder gets the programme's reports at this
-- address (checked as a person's address when set; none until an administrator sets it).
alter table programmes add column funder_email varchar(254);
update programmes set funder_email = 'reports@founding-funder.example'
    where code = 'healthchain-founding' and funder_email is null;
update programmes set funder_email = 'reports@mirror-funder.example'
    where code = 'healthchain-mirror' and funder_email is null;

-- A call's reporting (process 'reporting', business key = call reference): the interval of
-- its periodic reports, fixed when the call is published, and when its reporting began.
create table reporting_schedules (
    call_reference varchar(40) primary key references calls (reference),
    programme_code varchar(40) not null references programmes (code),
    report_every varchar(20) not null,
    started_at timestamptz not null
);

-- Each report of a call's reporting: periodic or final, the programme and period it
-- covers, its figures frozen as JSON when the system prepared it (the PDF, CSV and review
-- form show exactly these), the officer's review and when it was mailed to the funder.
create table funder_reports (
    id uuid primary key,
    call_reference varchar(40) not null references calls (reference),
    number int not null,
    kind varchar(20) not null check (kind in ('PERIODIC', 'FINAL')),
    programme_code varchar(40) not null references programmes (code),
    period_from timestamptz not null,
    period_until timestamptz not null check (period_until > period_from),
    figures jsonb not null,
    prepared_at timestamptz not null,
    status varchar(20) not null check (status in ('IN_REVIEW', 'SENT_BACK', 'APPROVED', 'MAILED')),
    round int not null default 1,
    reviewed_by varchar(64),
    reviewed_at timestamptz,
    review_comment text,
    corrected_by varchar(64),
    correction_note text,
    mailed_to varchar(254),
    mailed_at timestamptz,
    unique (call_reference, number)
);
