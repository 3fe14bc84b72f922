-- notification-service: one explicit life for an inspection, and every bound end to end (issue 6).

-- A notice's CloudEvents source may be 500 characters (the contract's maxLength); it is recorded as the
-- actor of the history entries the notice causes. The contract is fixed, so the column grows.
alter table inspection_event alter column actor type varchar(500);

-- The acknowledgement deadline runs from when the LA received the notice, not from the publisher's
-- "time" (a future time must not postpone it). Before this, the deadline ran from the notice's time;
-- the earlier of it and the row's creation is the best estimate of receipt for what is already here.
alter table inspection add column received_at timestamptz;
update inspection set received_at = least(notified_at, created_at);
alter table inspection alter column received_at set not null;

-- Lateness is judged against when the acknowledgement was recorded, not only the contact time it
-- declares. For acknowledgements already here the contact time is all that is known.
alter table inspection add column acknowledgement_recorded_at timestamptz;
update inspection set acknowledgement_recorded_at = acknowledged_at where acknowledged_at is not null;

-- Coordinated inspections (federation briefing): each pair of inspections of one federation notified in
-- the same window, once per direction, so that each side learns it once.
create table coordinated_inspection (
    inspection_id          uuid         not null references inspection (id),
    partner_inspection_id  uuid         not null references inspection (id),
    federation_code        varchar(20)  not null,
    identified_at          timestamptz  not null,
    primary key (inspection_id, partner_inspection_id)
);

-- The inspections a change of a school's SIM or AI reaches.
create index inspection_open_by_urn on inspection (urn, start_date) where state <> 'WITHDRAWN';
