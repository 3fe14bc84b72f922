-- What a downstream service knows of each inspection, kept from notification-service's facts
-- (ContactsAssigned, InspectionRescheduled, InspectionWithdrawn, AcknowledgementRecorded): who the SIM,
-- AI and CEM are (who may act), the school, and the latest ContactsAssigned as it came.
create table known_inspection (
    inspection_id        uuid          primary key,
    urn                  varchar(7)    not null,
    school_name          varchar(300),
    involvement          varchar(20)   not null,
    la_categorisation    varchar(30),
    sim_email            varchar(320),
    ai_email             varchar(320),
    cem_email            varchar(320),
    ofsted_reference     varchar(20),
    inspection_type      varchar(20),
    framework            varchar(20),
    notified_at          timestamptz   not null,
    start_date           date          not null,
    expected_days        integer       not null,
    acknowledgement_due  timestamptz,
    acknowledged_at      timestamptz,
    withdrawn            boolean       not null default false,
    contacts_assigned    text          not null,
    updated_at           timestamptz   not null
);
create index known_inspection_urn on known_inspection (urn);
create index known_inspection_sim on known_inspection (sim_email);
create index known_inspection_ai on known_inspection (ai_email);
create index known_inspection_cem on known_inspection (cem_email);
