-- Only for the platform's own tests: an effect a consumer has, to count how often it happened.
create table test_effect (
    id       bigserial primary key,
    event_id varchar(200) not null
);

-- a short column, so a record can carry a value that does not fit (a permanent failure at the database)
alter table test_effect add column note varchar(20);
