-- Codes of participants' wishes (w1, w2, ...) come from a sequence, so that wishes sent at once need no lock on
-- their event to get distinct codes. Shared by all events; a code an event already uses is skipped.
create sequence wish_code_seq start with 1 increment by 1;

-- One participant's agenda from a publication: its rows on either side of the pair.
create index ix_published_meeting_a on published_meeting (publication_id, participant_a);
create index ix_published_meeting_b on published_meeting (publication_id, participant_b);
