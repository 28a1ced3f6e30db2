-- Codes of participants' wishes (w1, w2, ...) come from a sequence, so that wishes sent at once need no lock on
-- their event to get distinct codes. Shared by all events; a code an event already uses is skipped.
create sequence wish_code_seq start with 1 increment by 1 cache 1000;

-- One participant's agenda from a publication: its rows on either side of the pair.
create index ix_published_meeting_a on published_meeting (publication_id, participant_a);
create index ix_published_meeting_b on published_meeting (publication_id, participant_b);

-- Ids of the rows an import or a publication writes by the ten thousand. H2 writes a sequence's state to disk each
-- time its cache of values runs out (every 32 draws by default), and that write stores every page the importing
-- transaction changed so far: a third of an import's time. PostgreSQL only hands out values in larger blocks.
alter sequence event_session_seq cache 1000;
alter sequence event_table_seq cache 1000;
alter sequence participant_seq cache 1000;
alter sequence meeting_request_seq cache 1000;
alter sequence meeting_seq cache 1000;
alter sequence published_meeting_seq cache 1000;
