-- When a meeting was booked on the spot at the event day (null for every other meeting), so that the desk and the
-- control room can list the queue of meetings booked on the spot.

alter table meeting add column booked_at timestamp;
