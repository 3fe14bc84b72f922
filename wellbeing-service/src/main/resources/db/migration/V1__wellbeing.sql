-- wellbeing-service: referrals of a school's leader to wellbeing support after an Ofsted inspection
-- (Hampshire guidance §6, EPS in §4; DOMAIN.md flow step 9; the coroner's third point). Health-related
-- personal data: only this service reads this schema, and every read and change is in audit_entry.

-- The offer catalogue (H§6) is data: a wellbeing officer edits it over REST, without a release.
-- The seed below names the LA's offers; "how to reach" describes the route and is for the wellbeing
-- officer to confirm (phone numbers and addresses change; they are not typed into code).
create table offer (
    code          varchar(40)    primary key,
    name          varchar(200)   not null,
    provider      varchar(200)   not null,
    how_to_reach  varchar(1000)  not null,
    suits         varchar(1000)  not null,
    active        boolean        not null default true,
    position      integer        not null,
    updated_at    timestamptz    not null,
    updated_by    varchar(320)   not null
);

insert into offer (code, name, provider, how_to_reach, suits, active, position, updated_at, updated_by) values
('WORKFORCE_DEVELOPMENT_GROUP', 'Workforce Development Group', 'Hampshire Educational Psychology',
 'Through the school''s link educational psychologist, or the Educational Psychology service''s consultation line (HIAS directory).',
 'Headteachers and senior leaders who would value confidential, reflective group supervision with peers and an educational psychologist after a demanding period such as an inspection.',
 true, 10, now(), 'migration'),
('HEALTH_ASSURED', 'Health Assured employee assistance', 'Health Assured (the LA''s service level agreement)',
 'Confidential 24-hour helpline and online portal; the number and the school''s login are in the school''s Health Assured SLA pack.',
 'Any member of staff of a school that has the SLA, headteachers included: confidential counselling and practical advice, at any hour, without going through the LA.',
 true, 20, now(), 'migration'),
('GOVERNOR_SERVICES_WELLBEING_TRAINING', 'Wellbeing training', 'Hampshire Governor Services',
 'Book through Governor Services'' training and development programme.',
 'Governing boards that want to support their headteacher''s wellbeing, and leaders who want wellbeing training for the leadership team.',
 true, 30, now(), 'migration'),
('SCHOOL_STAFF_RESILIENCE', 'School Staff Resilience website', 'Hampshire County Council',
 'Online and self-directed: the School Staff Resilience pages of the county council''s website.',
 'Leaders and staff who prefer resources they can use privately, at their own pace.',
 true, 40, now(), 'migration'),
('HEADSUP4HTS', 'HeadsUp4HTs', 'HeadsUp4HTs (peer support by headteachers, for headteachers)',
 'Through the network''s own contacts, or an introduction by the SIM.',
 'Headteachers who would value talking in confidence to another headteacher who knows the role.',
 true, 50, now(), 'migration'),
('EDUCATION_PERSONNEL_SERVICES', 'Education Personnel Services (EPS)', 'Hampshire Education Personnel Services',
 'The EPS HR advice line for schools (in the school''s EPS agreement).',
 'Leaders who need HR advice about their own wellbeing at work: occupational health, absence, adjustments, workload (H§4: signposting to EPS where concerns were raised).',
 true, 60, now(), 'migration');

-- A referral: one open referral per inspection at a time; every trigger that opened or joined it is kept.
create table referral (
    id                      uuid          primary key,
    inspection_id           uuid          not null,
    urn                     varchar(7)    not null,
    status                  varchar(10)   not null,
    opened_at               timestamptz   not null,
    signposting_due         timestamptz   not null,
    signposted_at           timestamptz,
    signposting_overdue_at  timestamptz,
    closed_at               timestamptz,
    closed_by               varchar(320),
    close_reason            varchar(30),
    close_note              varchar(500)
);
create unique index referral_one_open_per_inspection on referral (inspection_id) where status = 'OPEN';
create index referral_inspection on referral (inspection_id);
create index referral_signposting_due on referral (signposting_due)
    where status = 'OPEN' and signposted_at is null and signposting_overdue_at is null;
create index referral_closed on referral (closed_at) where status = 'CLOSED';

-- What opened or joined a referral. A source (a concern, a pause request, a feedback record, a manual
-- referral) triggers once per kind: a redelivered or corrected event does not add it again.
create sequence referral_trigger_seq start with 1 increment by 50;
create table referral_trigger (
    id             bigint        primary key,
    referral_id    uuid          not null references referral (id) on delete cascade,
    inspection_id  uuid          not null,
    kind           varchar(30)   not null,
    source_id      varchar(100)  not null,
    occurred_at    timestamptz   not null,
    received_at    timestamptz   not null,
    raised_by      varchar(320)  not null,
    note           varchar(500)
);
create unique index referral_trigger_once on referral_trigger (inspection_id, kind, source_id);
create index referral_trigger_referral on referral_trigger (referral_id);

-- Signposting: which offers, to whom, by whom, how and when (the coroner's third point).
create sequence signposting_seq start with 1 increment by 50;
create table signposting (
    id               bigint        primary key,
    referral_id      uuid          not null references referral (id) on delete cascade,
    channel          varchar(10)   not null,
    recipient_name   varchar(300),
    recipient_email  varchar(320),
    signposted_by    varchar(320)  not null,
    signposted_at    timestamptz   not null,
    recorded_at      timestamptz   not null,
    mail_id          bigint,
    note             varchar(500)
);
create index signposting_referral on signposting (referral_id);
create table signposting_offer (
    signposting_id  bigint       not null references signposting (id) on delete cascade,
    offer_code      varchar(40)  not null,
    primary key (signposting_id, offer_code)
);

-- Check-ins: scheduled, then done, missed (escalated to the CEM) or cancelled.
create table check_in (
    id                   uuid          primary key,
    referral_id          uuid          not null references referral (id) on delete cascade,
    due_at               timestamptz   not null,
    status               varchar(10)   not null,
    planned_by           varchar(320)  not null,
    created_at           timestamptz   not null,
    outcome_at           timestamptz,
    outcome_by           varchar(320),
    channel              varchar(10),
    note                 varchar(500),
    missed_escalated_at  timestamptz
);
create index check_in_referral on check_in (referral_id, due_at);
create index check_in_due on check_in (due_at) where status = 'SCHEDULED';

-- The audit log: who did or saw what, when and why. Append-only, enforced by the database: a trigger
-- refuses every UPDATE, DELETE and TRUNCATE, whoever the database user is (also the single "postgres"
-- user of the tests and the local stack). Rows carry identifiers only – never the health detail – so
-- erasing a referral after its retention period leaves the log whole and leaves nothing in it to erase.
create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id           bigint        primary key,
    at           timestamptz   not null,
    actor        varchar(320)  not null,
    actor_roles  varchar(200)  not null,
    action       varchar(40)   not null,
    outcome      varchar(10)   not null,
    referral_id  uuid,
    subject      varchar(100),
    why          varchar(300)  not null
);
create index audit_entry_referral on audit_entry (referral_id, id);
create index audit_entry_actor on audit_entry (actor, id);
create index audit_entry_at on audit_entry (at, id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();
-- a production role other than the owner gets no more than this (README: give the service its own role)
revoke update, delete, truncate on audit_entry from public;

-- What is left of erased referrals: counts only, by the month the referral was opened.
create table referral_tally (
    period  varchar(7)   not null,
    metric  varchar(60)  not null,
    count   bigint       not null,
    primary key (period, metric)
);
