-- The chassis tables every service has, in its own schema (platform/: outbox and processed-event log).

-- Transactional outbox: written in the same transaction as the state change, relayed to Kafka after commit.
create sequence outbox_message_seq start with 1 increment by 50;
create table outbox_message (
    id          bigint primary key,
    event_id    uuid         not null unique,
    topic       varchar(200) not null,
    record_key  varchar(64)  not null,
    event_type  varchar(200) not null,
    payload     text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_error  text
);
create index outbox_message_pending on outbox_message (id) where sent_at is null;

-- Processed-event log: a consumer skips an event id it has already handled, in the same transaction as its effects.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200),
    processed_at timestamptz  not null,
    primary key (consumer, event_id)
);

-- Mail outbox: an e-mail is queued in the transaction that decided to send it, and sent after
-- commit, retried until the SMTP server accepts it; what was sent, to whom and when stays on record.
create sequence outgoing_mail_seq start with 1 increment by 50;
create table outgoing_mail (
    id          bigint primary key,
    recipient   varchar(320)  not null,
    subject     varchar(500)  not null,
    body        text          not null,
    reference   varchar(200),
    created_at  timestamptz   not null,
    sent_at     timestamptz,
    attempts    integer       not null default 0,
    last_error  text
);
create index outgoing_mail_pending on outgoing_mail (id) where sent_at is null;
create index outgoing_mail_reference on outgoing_mail (reference);
