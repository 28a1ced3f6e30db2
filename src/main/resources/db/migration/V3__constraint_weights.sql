-- Constraint weights an organiser gave one event, by constraint name (the solver's ScheduleConstraintProvider);
-- a constraint without a row keeps its default weight. The weight is a score text such as 0hard/0medium/1000soft.

create sequence constraint_weight_seq start with 1 increment by 50;

create table constraint_weight (
    id               bigint       not null primary key,
    event_id         bigint       not null references event (id) on delete cascade,
    constraint_name  varchar(100) not null,
    weight           varchar(100) not null,
    constraint uk_constraint_weight unique (event_id, constraint_name)
);

create index ix_constraint_weight_event on constraint_weight (event_id);
