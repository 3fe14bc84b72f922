-- Hardening of the two relays (issue "Nothing stops the pipeline").

-- Mail: an HTML part and attachments; per-mail attempts with backoff; FAILED after the last attempt
-- (with the SMTP reply), listed for operations and re-sendable; nothing waits behind a failed mail.
alter table outgoing_mail add column html_body text;
alter table outgoing_mail add column status varchar(10) not null default 'PENDING';
alter table outgoing_mail add column next_attempt_at timestamptz;
update outgoing_mail set status = 'SENT' where sent_at is not null;
drop index outgoing_mail_pending;
create index outgoing_mail_due on outgoing_mail (next_attempt_at, id) where status = 'PENDING';
create index outgoing_mail_failed on outgoing_mail (id) where status = 'FAILED';

create sequence outgoing_mail_attachment_seq start with 1 increment by 50;
create table outgoing_mail_attachment (
    id            bigint        primary key,
    mail_id       bigint        not null references outgoing_mail (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    content       bytea         not null
);
create index outgoing_mail_attachment_mail on outgoing_mail_attachment (mail_id);

-- Outbox: per-key order is commit order (a per-key sequence taken under a row lock in the writing
-- transaction), and a message the broker refuses for good is parked: it holds back only later
-- messages of the same key.
create table outbox_key (
    record_key  varchar(64)  primary key,
    last_seq    bigint       not null
);
alter table outbox_message add column key_seq bigint;
update outbox_message set key_seq = id;
alter table outbox_message alter column key_seq set not null;
alter table outbox_message add column parked_at timestamptz;
alter table outbox_message add column park_reason text;
create unique index outbox_message_key_seq on outbox_message (record_key, key_seq);
create index outbox_message_parked on outbox_message (id) where parked_at is not null and sent_at is null;
insert into outbox_key (record_key, last_seq)
    select record_key, max(key_seq) from outbox_message group by record_key;
