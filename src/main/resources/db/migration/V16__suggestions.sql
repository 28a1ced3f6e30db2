-- Partner suggestions: each event's sector list in both languages (what links a Chinese profile to an English one),
-- the organiser's switches for the two nudges, and a mark on the wishes a nudge added for a participant.
create table suggestion_settings (
    event_id        bigint                not null primary key references event (id) on delete cascade,
    sectors_json    varchar,
    mail_nudge      boolean default false not null,
    wish_nudge      boolean default false not null,
    version         bigint  default 0     not null
);

alter table meeting_request add column suggested boolean default false not null;
