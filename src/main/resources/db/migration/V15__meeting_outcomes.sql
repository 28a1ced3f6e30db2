-- After the meetings: each side's feedback on a published meeting and, months later, its outcome (one row per meeting
-- and side, named by the pair's codes in ascending order and the answering participant's code); staff's record that
-- a meeting took place, from the table sheets; and how often each participant was asked, so that reminders stay
-- within their limits. Codes rather than participant ids, like published meetings, so that what was answered stays
-- tied to the timetable participants were sent.
create sequence meeting_feedback_seq start with 1 increment by 50;
create table meeting_feedback (
    id              bigint                   not null primary key,
    event_id        bigint                   not null references event (id) on delete cascade,
    pair_first      varchar(100)             not null,
    pair_second     varchar(100)             not null,
    author          varchar(100)             not null,
    held            boolean,
    rating          integer,
    interest        varchar(30),
    note            varchar(2000),
    answered_at     timestamp with time zone,
    outcome_status  varchar(30),
    outcome_kinds   varchar(200),
    story           varchar(4000),
    publish_story   boolean                  default false not null,
    outcome_at      timestamp with time zone,
    version         bigint                   not null,
    constraint uq_meeting_feedback unique (event_id, pair_first, pair_second, author)
);

create sequence meeting_held_seq start with 1 increment by 50;
create table meeting_held (
    id           bigint                   not null primary key,
    event_id     bigint                   not null references event (id) on delete cascade,
    pair_first   varchar(100)             not null,
    pair_second  varchar(100)             not null,
    recorded_by  varchar(200),
    recorded_at  timestamp with time zone not null,
    constraint uq_meeting_held unique (event_id, pair_first, pair_second)
);

create sequence survey_ask_seq start with 1 increment by 50;
create table survey_ask (
    id           bigint                   not null primary key,
    event_id     bigint                   not null references event (id) on delete cascade,
    participant  varchar(100)             not null,
    survey       varchar(20)              not null,
    times        integer                  not null,
    last_at      timestamp with time zone not null,
    constraint uq_survey_ask unique (event_id, participant, survey)
);
