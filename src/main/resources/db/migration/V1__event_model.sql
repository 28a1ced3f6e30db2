-- The event model: one event with its sessions, tables, participants, meeting requests and meetings.
-- Portable between H2 (embedded default) and PostgreSQL: standard types only, unbounded varchar for
-- the small JSON value lists (sectors, breaks, availability, allowed sessions).

create sequence event_seq start with 1 increment by 50;
create sequence event_session_seq start with 1 increment by 50;
create sequence event_table_seq start with 1 increment by 50;
create sequence participant_seq start with 1 increment by 50;
create sequence meeting_request_seq start with 1 increment by 50;
create sequence meeting_seq start with 1 increment by 50;

create table event (
    id          bigint       not null primary key,
    name        varchar(200) not null,
    timezone    varchar(64)  not null,
    venue       varchar(300),
    created_at  timestamp    not null,
    version     bigint       not null
);

create table event_session (
    id               bigint      not null primary key,
    event_id         bigint      not null references event (id) on delete cascade,
    code             varchar(64) not null,
    name             varchar(200),
    session_date     date        not null,
    start_time       time        not null,
    end_time         time        not null,
    meeting_minutes  integer     not null,
    gap_minutes      integer     not null,
    breaks_json      varchar,
    version          bigint      not null,
    constraint uk_session_code unique (event_id, code)
);

create table event_table (
    id        bigint      not null primary key,
    event_id  bigint      not null references event (id) on delete cascade,
    code      varchar(64) not null,
    name      varchar(200),
    version   bigint      not null,
    constraint uk_table_code unique (event_id, code)
);

create table participant (
    id                 bigint       not null primary key,
    event_id           bigint       not null references event (id) on delete cascade,
    code               varchar(64)  not null,
    name               varchar(200) not null,
    organisation       varchar(300),
    group_name         varchar(100),
    country            varchar(2),
    sectors_json       varchar,
    availability_json  varchar,
    max_meetings       integer,
    table_id           bigint references event_table (id),
    version            bigint       not null,
    constraint uk_participant_code unique (event_id, code)
);

create table meeting_request (
    id                   bigint      not null primary key,
    event_id             bigint      not null references event (id) on delete cascade,
    code                 varchar(64) not null,
    from_participant_id  bigint      not null references participant (id) on delete cascade,
    to_participant_id    bigint      not null references participant (id) on delete cascade,
    priority             integer     not null,
    sessions_json        varchar,
    status               varchar(16) not null,
    version              bigint      not null,
    constraint uk_request_code unique (event_id, code)
);

-- One row per pair of participants that has a meeting to place: scheduled (slot and table set) or not.
create table meeting (
    id                bigint    not null primary key,
    event_id          bigint    not null references event (id) on delete cascade,
    participant_a_id  bigint    not null references participant (id) on delete cascade,
    participant_b_id  bigint    not null references participant (id) on delete cascade,
    session_id        bigint references event_session (id),
    start_time        timestamp,
    end_time          timestamp,
    table_id          bigint references event_table (id),
    pinned            boolean   not null,
    reason            varchar(1000),
    version           bigint    not null,
    constraint uk_meeting_pair unique (event_id, participant_a_id, participant_b_id)
);

-- Lookups by event use the unique (event_id, ...) indexes; these serve deletes of participants.
create index ix_request_from on meeting_request (from_participant_id);
create index ix_request_to on meeting_request (to_participant_id);
create index ix_meeting_a on meeting (participant_a_id);
create index ix_meeting_b on meeting (participant_b_id);
