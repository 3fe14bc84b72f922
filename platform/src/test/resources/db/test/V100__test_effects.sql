-- Only for the platform's own tests: an effect a consumer has, to count how often it happened.
create table test_effect (
    id       bigserial primary key,
    event_id varchar(200) not null
);
