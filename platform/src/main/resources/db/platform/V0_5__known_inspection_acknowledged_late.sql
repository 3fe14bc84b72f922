-- Whether the acknowledgement was late (AcknowledgementRecorded.late: contacted or recorded after the deadline),
-- kept with the other facts of the inspection so a service's reports read it from here, not from a copy.
alter table known_inspection add column acknowledged_late boolean;
