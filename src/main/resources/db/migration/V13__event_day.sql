-- The event day: whether participants may check themselves in, and when each participant was checked in (null while
-- not in).

alter table event add column self_check_in boolean default false not null;

alter table participant add column checked_in_at timestamp;
