-- support-tracking-service: the LA's support case around one Ofsted inspection (DOMAIN.md flow steps
-- 4-6 and 8; Hampshire guidance H§4-§5; Tri-borough framework T§4-§5) and the inspection's timeline.

-- One case per inspection, opened on the first ContactsAssigned and kept (never a second one) when
-- contacts change, the inspection is rescheduled, withdrawn or notified again.
create table support_case (
    id                        uuid          primary key,
    inspection_id             uuid          not null unique,
    urn                       varchar(7)    not null,
    school_name               varchar(300),
    involvement               varchar(20)   not null,
    state                     varchar(30)   not null,       -- OPEN, AWAITING_RESCHEDULE, WITHDRAWN
    start_date                date          not null,
    expected_days             integer       not null,
    notified_at               timestamptz   not null,
    acknowledgement_due       timestamptz,
    opened_at                 timestamptz   not null,
    updated_at                timestamptz   not null,
    updated_by                varchar(320)  not null,
    -- the SIM's context for the call with the lead inspector (H§4; partnership and federation briefings)
    categorisation_year       varchar(20),
    leadership_turbulence     text,
    community_event           text,
    partnership_name          varchar(200),
    partner_urns              varchar(200),                 -- comma-separated URNs, at most 20
    context_notes             text,
    context_updated_at        timestamptz,
    context_updated_by        varchar(320),
    -- dates no event carries, recorded by the SIM: they start the programme's statutory clocks (T§4-§5)
    draft_report_received_on  date,
    report_published_on       date,
    warning_notice_given_on   date,
    report_dates_updated_at   timestamptz,
    report_dates_updated_by   varchar(320)
);
create index support_case_urn on support_case (urn);

-- The keep-in-touch plan (H§4): each point with an owner, a due time, and done / missed / cancelled.
create table keep_in_touch_point (
    id                uuid          primary key,
    case_id           uuid          not null references support_case (id),
    inspection_id     uuid          not null,
    kind              varchar(30)   not null,
    title             varchar(300)  not null,
    origin            varchar(10)   not null,               -- PLAN, AGREED, ADDED, FOLLOW_UP
    optional          boolean       not null,
    owner_role        varchar(20)   not null,               -- SIM, ATTACHED_INSPECTOR, CEM
    owner_name        varchar(200),
    owner_email       varchar(320),
    due_at            timestamptz   not null,
    status            varchar(12)   not null,               -- PLANNED, MISSED, DONE, CANCELLED
    done_at           timestamptz,
    done_by           varchar(320),
    late              boolean       not null default false,
    cancelled_reason  text,
    cancelled_by      varchar(320),
    first_alerted_at  timestamptz,                           -- the SIM (or, with no SIM, the CEM) told
    cem_alerted_at    timestamptz,
    reminder_sent_at  timestamptz,
    created_at        timestamptz   not null,
    created_by        varchar(320)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(320)  not null
);
create index keep_in_touch_point_case on keep_in_touch_point (case_id);
create index keep_in_touch_point_open on keep_in_touch_point (due_at) where status in ('PLANNED', 'MISSED');

-- Every contact made (H§4 "how and when information ... will be shared"), against a point or on its own.
create table contact_entry (
    id             uuid          primary key,
    case_id        uuid          not null references support_case (id),
    inspection_id  uuid          not null,
    point_id       uuid          references keep_in_touch_point (id),
    made_by_name   varchar(200),
    made_by_email  varchar(320)  not null,
    with_whom      varchar(300)  not null,
    channel        varchar(20)   not null,
    contacted_at   timestamptz   not null,
    notes          text,
    recorded_at    timestamptz   not null,
    recorded_by    varchar(320)  not null
);
create index contact_entry_case on contact_entry (case_id);

-- Concerns about the inspection (H§4, H§5): never just open.
create table concern (
    id                            uuid          primary key,
    case_id                       uuid          not null references support_case (id),
    inspection_id                 uuid          not null,
    urn                           varchar(7)    not null,
    category                      varchar(30)   not null,
    summary                       text          not null,
    raised_by                     varchar(200)  not null,
    raised_with_inspector         boolean       not null,
    inspector_response            text,
    source                        varchar(30)   not null,   -- LOGGED or UNEXPECTED_OUTCOME_FLAGGED
    feedback_id                   uuid,
    logged_at                     timestamptz   not null,
    logged_by                     varchar(320)  not null,
    status                        varchar(20)   not null,   -- OPEN, ACTION_AGREED, ESCALATED, CLOSED
    agreed_action                 text,
    agreed_action_at              timestamptz,
    agreed_action_by              varchar(320),
    resolve_by                    timestamptz   not null,
    unresolved_cem_alerted_at     timestamptz,
    unresolved_senior_alerted_at  timestamptz,
    outcome                       varchar(20),              -- RESOLVED, SHMI_ANSWERED, COMPLAINT
    outcome_summary               text,
    closed_at                     timestamptz,
    closed_by                     varchar(320),
    complaint_id                  uuid,
    updated_at                    timestamptz   not null,
    updated_by                    varchar(320)  not null
);
create index concern_case on concern (case_id);
create index concern_open on concern (resolve_by) where status <> 'CLOSED';
create unique index concern_flagged_once on concern (inspection_id, feedback_id) where source = 'UNEXPECTED_OUTCOME_FLAGGED';

-- An unresolved concern escalated: to the CEM, or to the region's linked SHMI (H§4), and the answer.
create table concern_escalation (
    id                    uuid          primary key,
    concern_id            uuid          not null references concern (id),
    inspection_id         uuid          not null,
    level                 varchar(10)   not null,           -- CEM or SHMI
    to_name               varchar(200),
    to_email              varchar(320),
    channel               varchar(20)   not null,
    escalated_at          timestamptz   not null,
    escalated_by          varchar(320)  not null,
    notes                 text,
    response_due          timestamptz   not null,
    response              text,
    responded_at          timestamptz,
    response_recorded_by  varchar(320),
    unanswered_alerted_at timestamptz
);
create index concern_escalation_concern on concern_escalation (concern_id);
create index concern_escalation_unanswered on concern_escalation (response_due) where responded_at is null;

-- A request to pause an inspection that has started (Ofsted's pausing guidance) and its outcome.
create table pause_request (
    id              uuid          primary key,
    case_id         uuid          not null references support_case (id),
    inspection_id   uuid          not null,
    requested_by    varchar(200)  not null,
    reason          text          not null,
    requested_at    timestamptz   not null,
    logged_by       varchar(320)  not null,
    outcome         varchar(12),                            -- PAUSED, REFUSED, WITHDRAWN
    resumes_on      date,
    decision_notes  text,
    decided_at      timestamptz,
    decided_by      varchar(320)
);
create index pause_request_case on pause_request (case_id);

-- A deferral request the SIM/AI supported (H§4; Ofsted's deferral guidance).
create table deferral_request (
    id               uuid          primary key,
    case_id          uuid          not null references support_case (id),
    inspection_id    uuid          not null,
    requested_by     varchar(200)  not null,
    circumstances    text          not null,
    criteria         varchar(300)  not null,                -- comma-separated DeferralCriterion codes
    outcome          varchar(12)   not null,                -- REQUESTED, GRANTED, REFUSED
    outcome_notes    text,
    recorded_at      timestamptz   not null,
    recorded_by      varchar(320)  not null,
    decided_at       timestamptz,
    decided_by       varchar(320),
    rescheduled_to   date,
    rescheduled_at   timestamptz
);
create index deferral_request_case on deferral_request (case_id);

-- The follow-up after the inspection (H§4, T§4-§5), by rule or overridden by the SIM with a reason.
create table follow_up (
    id                      uuid          primary key,
    case_id                 uuid          not null unique references support_case (id),
    inspection_id           uuid          not null,
    level                   varchar(30)   not null,
    rule_level              varchar(30)   not null,
    rules_applied           varchar(1000) not null,
    overridden              boolean       not null,
    override_reason         text,
    feedback_id             uuid          not null,
    feedback_record_version integer       not null,
    feedback_recorded_at    timestamptz   not null,
    outcome_band            varchar(30),
    category_of_concern     varchar(30),
    safeguarding_effective  boolean       not null,
    adverse                 boolean       not null,
    conduct_concerns        boolean       not null,
    signposting_needed      boolean       not null,
    unexpected_outcome      boolean       not null,
    decided_at              timestamptz   not null,
    decided_by              varchar(320)  not null
);

-- The statutory clocks of a programme of support (T§4-§5) and the draft report's factual-accuracy check.
create table statutory_step (
    id                  uuid          primary key,
    case_id             uuid          not null references support_case (id),
    inspection_id       uuid          not null,
    urn                 varchar(7)    not null,
    step                varchar(50)   not null,
    starts_from         varchar(30)   not null,
    due_on              date,                               -- null until the date it runs from is recorded
    done_on             date,
    done_by             varchar(320),
    done_notes          text,
    overdue_alerted_at  timestamptz,
    created_at          timestamptz   not null,
    unique (case_id, step)
);
create index statutory_step_due on statutory_step (due_on) where done_on is null and overdue_alerted_at is null;

-- The coroner's second point: an internal review task for a senior officer.
create table internal_review (
    id             uuid          primary key,
    case_id        uuid          not null references support_case (id),
    inspection_id  uuid          not null,
    reasons        varchar(1000) not null,
    opened_at      timestamptz   not null,
    opened_by      varchar(320)  not null,
    status         varchar(10)   not null,                  -- OPEN, CLOSED
    findings       text,
    closed_at      timestamptz,
    closed_by      varchar(320)
);
create unique index internal_review_one_per_case on internal_review (case_id);

-- An Ofsted Learning Review instigated by the LA or the school (H§4).
create table learning_review (
    id             uuid          primary key,
    case_id        uuid          not null references support_case (id),
    inspection_id  uuid          not null,
    instigated_by  varchar(10)   not null,                  -- LA or SCHOOL
    reason         text          not null,
    opened_at      timestamptz   not null,
    opened_by      varchar(320)  not null,
    status         varchar(10)   not null,
    outcome        text,
    closed_at      timestamptz,
    closed_by      varchar(320)
);
create index learning_review_case on learning_review (case_id);

-- A complaint about the inspection the LA supports to its end (H§5).
create table complaint (
    id             uuid          primary key,
    case_id        uuid          not null references support_case (id),
    inspection_id  uuid          not null,
    concern_id     uuid          references concern (id),
    summary        text          not null,
    opened_at      timestamptz   not null,
    opened_by      varchar(320)  not null,
    status         varchar(10)   not null,                  -- OPEN, CLOSED
    outcome        text,
    closed_at      timestamptz,
    closed_by      varchar(320)
);
create index complaint_case on complaint (case_id);

create sequence complaint_step_seq start with 1 increment by 50;
create table complaint_step (
    id            bigint        primary key,
    complaint_id  uuid          not null references complaint (id),
    step          varchar(200)  not null,
    at            timestamptz   not null,
    notes         text,
    recorded_at   timestamptz   not null,
    recorded_by   varchar(320)  not null
);
create index complaint_step_complaint on complaint_step (complaint_id);

-- The inspection's timeline: this service's own steps (written with them) and every other service's
-- events about the inspection (written as they arrive).
create sequence timeline_entry_seq start with 1 increment by 50;
create table timeline_entry (
    id             bigint        primary key,
    inspection_id  uuid          not null,
    urn            varchar(7),
    at             timestamptz   not null,
    source         varchar(40)   not null,
    kind           varchar(60)   not null,
    actor          varchar(320)  not null,
    summary        text          not null,
    ref            varchar(100),
    event_id       varchar(200),
    recorded_at    timestamptz   not null
);
create index timeline_entry_inspection on timeline_entry (inspection_id, at, id);

-- The latest known outcome of each school's inspection (from FeedbackRecorded), for the partners shown
-- in the context of an inspector call.
create table school_outcome (
    urn                  varchar(7)   primary key,
    inspection_id        uuid         not null,
    outcome_band         varchar(30),
    category_of_concern  varchar(30),
    recorded_at          timestamptz  not null
);

-- Partner schools of a coordinated inspection (federation briefing).
create table coordinated_partner (
    inspection_id          uuid          not null,
    partner_inspection_id  uuid          not null,
    partner_urn            varchar(7)    not null,
    partner_school_name    varchar(300),
    federation_code        varchar(20),
    federation_name        varchar(300),
    identified_at          timestamptz   not null,
    primary key (inspection_id, partner_inspection_id)
);

-- Feedback facts that arrived before the inspection's case (topics are not ordered with each other):
-- applied, in order, when the case opens.
create sequence awaiting_case_seq start with 1 increment by 50;
create table awaiting_case (
    id             bigint        primary key,
    inspection_id  uuid          not null,
    event_id       varchar(200)  not null,
    event_type     varchar(200)  not null,
    payload        text          not null,
    received_at    timestamptz   not null
);
create index awaiting_case_inspection on awaiting_case (inspection_id, id);
