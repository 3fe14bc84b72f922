-- notification-service: the school registry, LA contacts, and every inspection notice acted on.

create table federation (
    code                  varchar(20)  primary key,
    name                  varchar(300) not null,
    kind                  varchar(10)  not null,       -- HARD (one governing body) or SOFT (joint committee)
    executive_head_name   varchar(200),
    executive_head_email  varchar(320),
    updated_at            timestamptz  not null
);

create table school (
    urn                    varchar(7)   primary key,
    la_code                varchar(3)   not null,
    name                   varchar(300) not null,
    type_of_establishment  varchar(200),
    type_group             varchar(200),
    status                 varchar(100),
    category               varchar(20)  not null,
    phase                  varchar(100),
    district               varchar(200),
    head_name              varchar(300),
    head_email             varchar(320),
    chair_name             varchar(300),
    chair_email            varchar(320),
    federation_code        varchar(20),
    sim_name               varchar(200),
    sim_email              varchar(320),
    ai_name                varchar(200),
    ai_email               varchar(320),
    la_categorisation      varchar(30),
    categorisation_year    varchar(20),
    postcode               varchar(20),
    telephone              varchar(50),
    website                varchar(300),
    open_date              date,
    updated_at             timestamptz  not null
);
create index school_federation on school (federation_code);

create sequence la_contact_seq start with 1 increment by 50;
create table la_contact (
    id     bigint       primary key,
    role   varchar(10)  not null,      -- CEM or SHMI
    phase  varchar(20),                -- for a CEM: PRIMARY, SECONDARY, SPECIAL, ALL or DUTY
    name   varchar(200) not null,
    email  varchar(320) not null
);

create table inspection (
    id                     uuid         primary key,
    urn                    varchar(7)   not null,
    ofsted_reference       varchar(20)  not null,
    school_name            varchar(300),
    known_school           boolean      not null,
    data_fix_needed        boolean      not null,
    category               varchar(20),
    phase                  varchar(100),
    involvement            varchar(20)  not null,
    inspection_type        varchar(20)  not null,
    framework              varchar(20)  not null,
    notified_at            timestamptz  not null,
    start_date             date         not null,
    expected_days          integer      not null,
    lead_inspector_name    varchar(200),
    lead_inspector_email   varchar(320),
    state                  varchar(20)  not null,
    sim_name               varchar(200),
    sim_email              varchar(320),
    ai_name                varchar(200),
    ai_email               varchar(320),
    cem_name               varchar(200),
    cem_email              varchar(320),
    acknowledgement_due    timestamptz  not null,
    acknowledged_at        timestamptz,
    acknowledged_by_name   varchar(200),
    acknowledged_by_email  varchar(320),
    school_contact         varchar(300),
    agreed_involvement     varchar(30),
    keep_in_touch          text,
    acknowledgement_notes  text,
    overdue_escalated_at   timestamptz,
    last_notice_id         varchar(200) not null,
    created_at             timestamptz  not null,
    updated_at             timestamptz  not null,
    version                integer      not null default 0,
    constraint inspection_one_per_notice unique (urn, ofsted_reference)
);
create index inspection_awaiting_ack on inspection (acknowledgement_due)
    where state = 'NOTIFIED' and overdue_escalated_at is null;
create index inspection_urn on inspection (urn, notified_at desc);

-- The inspection's history: every step leaves a record.
create sequence inspection_event_seq start with 1 increment by 50;
create table inspection_event (
    id             bigint       primary key,
    inspection_id  uuid         not null references inspection (id),
    at             timestamptz  not null,
    kind           varchar(40)  not null,
    actor          varchar(320),
    detail         text
);
create index inspection_event_by_inspection on inspection_event (inspection_id, id);
