-- The collation report reads the chassis' known_inspection (notified, acknowledged and whether late, withdrawn):
-- this service's own copy of the same facts goes.
drop table collated_inspection;
