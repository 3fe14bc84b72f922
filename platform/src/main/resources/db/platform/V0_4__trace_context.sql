-- The W3C trace context of the work that wrote an outbox event, carried on the Kafka record (traceparent).
alter table outbox_message add column trace_parent varchar(55);
