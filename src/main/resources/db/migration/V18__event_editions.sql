-- Editions of a series: an event started as the next edition of another names it. Deleting the earlier edition
-- leaves the later one standing, without the link.
alter table event add column previous_edition_id bigint references event (id) on delete set null;
