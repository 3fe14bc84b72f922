-- feedback-service: final-feedback records (H§4 "recorded on the feedback template"), the template
-- versions they were made on, and the small projections of the other services' facts that the
-- collation report counts (H§4 "recorded and collated to inform future work and discussion with regional HMIs").

-- One record per inspection: a draft, then submitted versions.
create table feedback_record (
    feedback_id                    uuid          primary key,
    inspection_id                  uuid          not null unique,
    urn                            varchar(7)    not null,
    template_id                    varchar(60)   not null,
    template_version               integer       not null,
    state                          varchar(10)   not null,
    draft_content                  text,
    current_version                integer       not null default 0,
    created_by                     varchar(320)  not null,
    created_at                     timestamptz   not null,
    updated_by                     varchar(320)  not null,
    updated_at                     timestamptz   not null,
    submitted_at                   timestamptz,
    unexpected_outcome_flagged_at  timestamptz,
    row_version                    integer       not null default 0
);
create index feedback_record_urn on feedback_record (urn);

-- Each submitted version, exactly as submitted. Never changed: a correction is a new version.
create table feedback_version (
    version_id              uuid          primary key,
    feedback_id             uuid          not null references feedback_record (feedback_id),
    record_version          integer       not null,
    content                 text          not null,
    outcome_band            varchar(30)   not null,
    safeguarding            varchar(40)   not null,
    safeguarding_effective  boolean       not null,
    category_of_concern     varchar(30)   not null,
    adverse                 boolean       not null,
    signposting_needed      boolean       not null,
    conduct_concerns        boolean       not null,
    unexpected_outcome      boolean       not null,
    la_categorisation       varchar(30),
    correction_reason       text,
    recorded_by_email       varchar(320)  not null,
    recorded_by_name        varchar(200),
    recorded_at             timestamptz   not null,
    unique (feedback_id, record_version)
);

create function feedback_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted feedback version is never changed (feedback %, version %): submit a correction instead',
        old.feedback_id, old.record_version;
end;
$$;
create trigger feedback_version_immutable before update or delete on feedback_version
    for each row execute function feedback_version_is_immutable();

-- A template version's file as first loaded: a later change to it is refused at start.
create table template_fingerprint (
    template_id       varchar(60)  not null,
    template_version  integer      not null,
    sha256            varchar(64)  not null,
    first_loaded_at   timestamptz  not null,
    primary key (template_id, template_version)
);

-- Projections for the collation report, kept from the other services' events.
create table collated_inspection (
    inspection_id      uuid          primary key,
    urn                varchar(7)    not null,
    school_name        varchar(300),
    inspection_type    varchar(20),
    framework          varchar(20),
    notified_at        timestamptz   not null,
    start_date         date,
    acknowledged_at    timestamptz,
    acknowledged_late  boolean,
    withdrawn          boolean       not null default false
);
create index collated_inspection_notified on collated_inspection (notified_at);

create table collated_concern (
    concern_id              uuid          primary key,
    inspection_id           uuid          not null,
    urn                     varchar(7)    not null,
    category                varchar(30),
    logged_at               timestamptz,
    raised_with_inspector   boolean,
    escalated_to_cem_at     timestamptz,
    escalated_to_shmi_at    timestamptz,
    outcome                 varchar(20),
    closed_at               timestamptz
);
create index collated_concern_logged on collated_concern (logged_at);
create index collated_concern_shmi on collated_concern (escalated_to_shmi_at);

create table missed_keep_in_touch_point (
    missed_id          uuid          primary key,
    case_id            uuid,
    inspection_id      uuid          not null,
    urn                varchar(7)    not null,
    point              varchar(200)  not null,
    due_at             timestamptz   not null,
    last_alerted_role  varchar(40),
    unique (inspection_id, point, due_at)
);
create index missed_keep_in_touch_point_due on missed_keep_in_touch_point (due_at);

create table collated_referral (
    referral_id    uuid          primary key,
    inspection_id  uuid,
    urn            varchar(7)    not null,
    trigger_kind   varchar(40),
    opened_at      timestamptz,
    signposted_at  timestamptz
);
create index collated_referral_inspection on collated_referral (inspection_id);
