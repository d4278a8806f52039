-- Sitrep event record, SQLite dialect. Keep in step with ../postgresql/V1__event_record.sql:
-- same tables, columns and meanings; only types, sequences and full-text search differ.
-- Dates are ISO-8601 text (YYYY-MM-DD) so that comparisons are shared SQL in both dialects.
-- cell: the 1-degree grid cell of (lat, lon) as floor(lat + 90) * 360 + floor(lon + 180), see GeoCell.

CREATE TABLE documents (
  id           TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,
  url          TEXT,
  published    TEXT,
  title        TEXT,
  outlet       TEXT,
  body         TEXT NOT NULL,
  origin       TEXT NOT NULL,
  ingested_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX documents_url ON documents (url) WHERE url IS NOT NULL;

CREATE TABLE linked_events (
  seq                 INTEGER PRIMARY KEY,
  id                  TEXT NOT NULL UNIQUE,
  type                TEXT NOT NULL,
  subtype             TEXT,
  status              TEXT NOT NULL,
  date_start          TEXT,
  date_end            TEXT,
  lat                 REAL,
  lon                 REAL,
  cell                INTEGER,
  place_key           TEXT,
  admin1_key          TEXT,
  country             TEXT,
  actor1_key          TEXT,
  actor2_key          TEXT,
  fatalities          INTEGER,
  sources             INTEGER NOT NULL,
  independent_sources INTEGER NOT NULL,
  outlets             TEXT NOT NULL,
  merged              TEXT NOT NULL,
  search_text         TEXT NOT NULL
);
CREATE INDEX linked_events_date ON linked_events (date_start DESC, seq DESC);
CREATE INDEX linked_events_type_date ON linked_events (type, date_start DESC, seq DESC);
CREATE INDEX linked_events_subtype_date ON linked_events (subtype, date_start DESC);
CREATE INDEX linked_events_status_date ON linked_events (status, date_start DESC);
CREATE INDEX linked_events_actor1 ON linked_events (actor1_key, date_start DESC);
CREATE INDEX linked_events_actor2 ON linked_events (actor2_key, date_start DESC);
CREATE INDEX linked_events_place ON linked_events (place_key, date_start DESC);
CREATE INDEX linked_events_admin1 ON linked_events (admin1_key);
CREATE INDEX linked_events_country ON linked_events (country);
CREATE INDEX linked_events_lat_lon ON linked_events (lat, lon);
-- Linking looks for candidates by type, 1-degree cell and start day.
CREATE INDEX linked_events_link ON linked_events (type, cell, date_start);

CREATE VIRTUAL TABLE linked_events_fts USING fts5(
  search_text, content='linked_events', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER linked_events_fts_insert AFTER INSERT ON linked_events BEGIN
  INSERT INTO linked_events_fts (rowid, search_text) VALUES (new.seq, new.search_text);
END;

CREATE TRIGGER linked_events_fts_delete AFTER DELETE ON linked_events BEGIN
  INSERT INTO linked_events_fts (linked_events_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
END;

CREATE TRIGGER linked_events_fts_update AFTER UPDATE OF search_text ON linked_events BEGIN
  INSERT INTO linked_events_fts (linked_events_fts, rowid, search_text) VALUES ('delete', old.seq, old.search_text);
  INSERT INTO linked_events_fts (rowid, search_text) VALUES (new.seq, new.search_text);
END;

CREATE TABLE reports (
  id          TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents (id),
  ordinal     INTEGER NOT NULL,
  linked_id   TEXT NOT NULL REFERENCES linked_events (id),
  record      TEXT NOT NULL,
  UNIQUE (document_id, ordinal)
);
CREATE INDEX reports_linked ON reports (linked_id);

CREATE TABLE link_decisions (
  seq        INTEGER PRIMARY KEY,
  linked_id  TEXT NOT NULL,
  at         TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
  reason     TEXT NOT NULL,
  report_ids TEXT NOT NULL
);
CREATE INDEX link_decisions_linked ON link_decisions (linked_id, seq);
