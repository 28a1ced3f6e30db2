-- The last manual actions of an event that can be undone: moves, take-outs, pins and no-shows. Each row is written in
-- the action's own transaction (all or nothing with it) and holds, as JSON, what the action changed, so that undoing
-- restores exactly that. done_at is the database's clock, comparable with solve_lease.acquired_at: an action solved
-- over since can no longer be undone.
create sequence undo_action_seq start with 1 increment by 50;
create table undo_action (
    id                  bigint                   not null primary key,
    event_id            bigint                   not null references event (id) on delete cascade,
    kind                varchar(20)              not null,
    done_by             varchar(200),
    done_at             timestamp with time zone not null,
    publication_number  integer                  not null,
    detail_json         varchar                  not null,
    undone_by           varchar(200),
    undone_at           timestamp with time zone,
    version             bigint                   not null
);
create index ix_undo_action_event on undo_action (event_id, id);
