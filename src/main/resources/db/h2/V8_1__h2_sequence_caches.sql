-- H2 only (db/h2): ids of the rows an import or a publication writes by the ten thousand. H2 writes a sequence's
-- state to disk each time its cache of values runs out (every 32 draws by default), and that write stores every page
-- the importing transaction changed so far: a third of an import's time. Not on PostgreSQL, where a sequence's cache
-- belongs to one connection: ids drawn through two connections would no longer follow insertion order, which the
-- export's order and a meeting's pair order rely on.
alter sequence event_session_seq cache 1000;
alter sequence event_table_seq cache 1000;
alter sequence participant_seq cache 1000;
alter sequence meeting_request_seq cache 1000;
alter sequence meeting_seq cache 1000;
alter sequence published_meeting_seq cache 1000;
alter sequence wish_code_seq cache 1000;
