-- Reminders and nudges: each event's switches and delays, the moment its wishes last opened, when each wish was
-- sent (its age decides its reminder and its expiry), and every reminder sent, under a key that a second send of the
-- same reminder breaks (another run, a restart or a second instance), so that no one is told the same thing twice.
create table reminder_settings (
    event_id            bigint                   not null primary key references event (id) on delete cascade,
    agenda_evening      boolean                  default false not null,
    agenda_hour         integer                  default 18 not null,
    no_wish             boolean                  default false not null,
    no_wish_days        integer                  default 3 not null,
    unanswered          boolean                  default false not null,
    unanswered_days     integer                  default 3 not null,
    expiry              boolean                  default false not null,
    expiry_days         integer                  default 7 not null,
    wishes_opened_at    timestamp with time zone,
    version             bigint                   default 0 not null
);

create sequence sent_reminder_seq start with 1 increment by 50;
create table sent_reminder (
    id                  bigint                   not null primary key,
    event_id            bigint                   not null references event (id) on delete cascade,
    kind                varchar(20)              not null,
    participant         varchar(64)              not null,
    wish                varchar(64)              default '' not null,
    for_day             date                     not null,
    sent_at             timestamp with time zone not null,
    constraint uk_sent_reminder unique (event_id, kind, participant, wish, for_day)
);

alter table meeting_request add column sent_at timestamp with time zone;
