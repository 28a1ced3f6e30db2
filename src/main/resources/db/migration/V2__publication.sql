-- Published schedules: frozen copies of the schedule that exports use and participants see. Rows keep the
-- codes of what they name, so that later edits of the event never change what was published.

create sequence publication_seq start with 1 increment by 50;
create sequence published_meeting_seq start with 1 increment by 50;

create table publication (
    id            bigint    not null primary key,
    event_id      bigint    not null references event (id) on delete cascade,
    number        integer   not null,
    published_at  timestamp not null,
    constraint uk_publication_number unique (event_id, number)
);

create table published_meeting (
    id              bigint      not null primary key,
    publication_id  bigint      not null references publication (id) on delete cascade,
    participant_a   varchar(64) not null,
    participant_b   varchar(64) not null,
    session_code    varchar(64) not null,
    start_time      timestamp   not null,
    end_time        timestamp   not null,
    table_code      varchar(64) not null,
    -- iCalendar SEQUENCE: raised each time a publication moves this pair's meeting
    sequence        integer     not null
);

create index ix_publication_event on publication (event_id);
create index ix_published_meeting_publication on published_meeting (publication_id);
