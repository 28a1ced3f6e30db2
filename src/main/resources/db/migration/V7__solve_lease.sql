-- Who solves which event: one lease row per event, which the instance solving it renews and which expires when that
-- instance dies, so that instances sharing the database never solve an event twice at once. Times are the
-- database's clock (current_timestamp), never an instance's. The row outlives the job: it keeps the last job's
-- figures for every instance to show (service.SolveLease).
create table solve_lease (
    event_id        bigint                   not null primary key references event (id) on delete cascade,
    holder          varchar(200)             not null,
    token           varchar(36)              not null,
    acquired_at     timestamp with time zone not null,
    expires_at      timestamp with time zone not null,
    saved_at        timestamp with time zone,
    stop_requested  boolean default false    not null,
    progress_json   varchar
);
