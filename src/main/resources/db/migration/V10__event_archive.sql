-- An archived event leaves the organiser's main list and stays read-only until it is restored; null while in use.
alter table event add column archived_at timestamp;
